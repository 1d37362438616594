listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
#listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
!listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
vlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
#listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
,listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
#listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
,listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
,listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
(listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
)listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
{listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
}listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
|listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
|listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
{listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
>listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
&listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
;listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
7listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
7listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
;listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
}listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
#listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
,listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
(listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
)listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
#listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
(listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
{listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
}listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
)listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
(listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
)listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
#listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ylisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
,listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
#listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
(listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
)listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
,listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
(listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
)listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
{listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
&listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
&listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
(listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
%listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
|listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
wlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
)listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
&listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
&listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ylisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
}listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
(listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
)listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
{listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
#listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ylisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
%listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
>listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ylisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
(listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ylisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
7listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
>listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
&listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
<listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
vlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
)listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
?listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
(listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
wlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
3listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
)listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
,listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
3listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
}listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
wlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ylisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
vlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
9listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
vlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
5listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
wlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ylisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
vlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
9listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
,listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
9listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
4listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
*listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
7listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
9listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
7listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
5listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
7listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
6listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
5listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
5listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
3listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
5listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
9listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
9listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
4listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
9listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
#listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
(listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
6listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
5listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
5listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
3listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
5listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
;listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
)listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
(listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
9listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
8listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
>listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ylisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
&listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
&listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ylisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
7listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
7listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
>listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
&listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
<listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
vlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
/listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
)listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
?listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
klisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
7listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
7listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
mlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
glisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
,listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
\listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
vlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
[listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
&listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
&listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
xlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
elisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
2listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
7listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
.listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
7listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
0listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Dlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
:listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Plisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Rlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
*listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
&listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
&listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
(listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
wlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
clisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
-listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
<listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
<listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
<listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
$listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Olisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Ulisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
Tlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
"listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
)listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
=listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
1listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
 listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
]listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
'listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
llisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
alisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
blisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
_listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
flisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
nlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
ilisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
slisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
hlisten_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused

listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
