# The MDA acceptance of one run (tests/e2e/trace_mda.sh, tests/sim/test_mda.sh), over the
# run's JSON with $w, the expected interfaces per TTL: "all" when every hop has them all,
# "rule:T:F/W" when hop T found F of W with the 95 % stopping rule met there (k(F) flows
# answered), else "bad:..." naming the hop.
[6, 6, 11, 16, 21, 27, 33, 38, 44, 51] as $k | [range(0; $w | length) as $i
  | ((.hops[$i].interfaces // []) | sort) as $got | ($w[$i]) as $want
  | if $got == $want then empty
    elif ($got - $want) == [] and ($got | length) < ($want | length)
         and (.hops[$i].flows_answered >= $k[$got | length])
    then "rule:\(.hops[$i].ttl):\($got | length)/\($want | length)"
    else "bad:hop \(.hops[$i].ttl) found \($got) of \($want), \(.hops[$i].flows_answered) flows answered" end]
  | if length == 0 then "all" elif all(startswith("rule:")) then join(" ") else map(select(startswith("bad:"))) | join("; ") end
