# bash completion for nettrio and its multi-call names (nettrio-ping, nettrio-trace,
# nettrio-ports, nettrio-check). Installed as share/bash-completion/completions/nettrio
# (and under each nettrio-* name, for bash-completion's on-demand loading); or source it.
# Needs nothing from the bash-completion package.
# shellcheck shell=bash

_nettrio_common_opts="-h --help --json -v --verbose --log-level"

_nettrio_opts() {
  case $1 in
    ping)
      echo "-c --count -i --interval -W --timeout -w --deadline -s --size -t --ttl -M --pmtudisc -q --quiet
            -n --numeric -A --adaptive --rate --tcp -f --file -a --alive -u --unreachable -4 --ipv4 -6 --ipv6
            $_nettrio_common_opts" ;;
    trace)
      echo "-I --icmp -T --tcp -m --max-hops -q --queries -f --first -w --wait -p --port
            -n --numeric -F --dont-fragment --mtu --nat --paris --mda --confidence --format -r --report -c --count -i --interval -4 --ipv4 -6 --ipv6
            $_nettrio_common_opts" ;;
    ports)
      echo "-l --listening -a --all -t --tcp -u --udp -w --raw -4 --ipv4 -6 --ipv6 -n --numeric
            -p --processes -i --info --all-netns --port --state --check $_nettrio_common_opts" ;;
    check)
      echo "-p --port --trace -4 --ipv4 -6 --ipv6 $_nettrio_common_opts" ;;
  esac
}

# Options whose next word is a value, per subcommand.
_nettrio_takes_value() {
  local sub=$1 opt=$2
  case $opt in
    --log-level) return 0 ;;
  esac
  case $sub:$opt in
    ping:-c | ping:--count | ping:-i | ping:--interval | ping:-W | ping:--timeout | \
      ping:-w | ping:--deadline | ping:-s | ping:--size | ping:-t | ping:--ttl | \
      ping:--rate | ping:--tcp | ping:-f | ping:--file | ping:-M | ping:--pmtudisc) return 0 ;;
    trace:-m | trace:--max-hops | trace:-q | trace:--queries | trace:-f | trace:--first | \
      trace:-w | trace:--wait | trace:-p | trace:--port | trace:-c | trace:--count | \
      trace:-i | trace:--interval | trace:--confidence | trace:--format) return 0 ;;
    ports:--port | ports:--state | ports:--check) return 0 ;;
    check:-p | check:--port) return 0 ;;
  esac
  return 1
}

_nettrio() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev="" cmd sub first
  COMPREPLY=()
  if ((COMP_CWORD > 0)); then prev=${COMP_WORDS[COMP_CWORD - 1]}; fi
  # "--opt=value": bash splits at '=' (COMP_WORDBREAKS).
  if [[ $cur == "=" ]]; then
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    cur=""
  elif [[ $prev == "=" ]] && ((COMP_CWORD > 1)); then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  fi

  cmd=${COMP_WORDS[0]##*/}
  case $cmd in
    nettrio-ping | nettrio-trace | nettrio-ports | nettrio-check)
      sub=${cmd#nettrio-}
      first=1 ;;
    *)
      if ((COMP_CWORD == 1)); then
        mapfile -t COMPREPLY < <(compgen -W "ping trace ports check --help --version --list
                                             --install-links --classic" -- "$cur")
        return 0
      fi
      sub=${COMP_WORDS[1]}
      first=2 ;;
  esac

  case $prev in
    --install-links)
      mapfile -t COMPREPLY < <(compgen -d -- "$cur")
      return 0 ;;
    --log-level)
      mapfile -t COMPREPLY < <(compgen -W "trace debug info warn error off" -- "$cur")
      return 0 ;;
  esac
  case $sub in
    --install-links | --classic)
      mapfile -t COMPREPLY < <(compgen -W "--install-links --classic" -- "$cur")
      [[ ${#COMPREPLY[@]} -eq 0 ]] && mapfile -t COMPREPLY < <(compgen -d -- "$cur")
      return 0 ;;
    ping | trace | ports | check) ;;
    *) return 0 ;;
  esac

  if ((COMP_CWORD > first)) && _nettrio_takes_value "$sub" "$prev"; then
    case $sub:$prev in
      ping:-f | ping:--file)
        mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
      ports:--state)
        mapfile -t COMPREPLY < <(compgen -W "established syn-sent syn-recv fin-wait-1 fin-wait-2
            time-wait close unconn close-wait last-ack listen closing listening connected
            synchronized all" -- "$cur") ;;
    esac
    return 0  # a number or a port: nothing to offer
  fi

  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_nettrio_opts "$sub")" -- "$cur")
    return 0
  fi
  if [[ $sub != ports ]]; then
    mapfile -t COMPREPLY < <(compgen -A hostname -- "$cur")
  fi
  return 0
}

complete -F _nettrio nettrio nettrio-ping nettrio-trace nettrio-ports nettrio-check
