# bench/calls helpers (sourced, not executed). Reuses bench/register/lib.sh: free ports, doorman
# started and stopped by pid, the Kamailio pid bookkeeping (kam_stop), log/die.
CALLS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../register/lib.sh
. "$CALLS_DIR/../register/lib.sh"

# fresh_port VAR: sets VAR to a port like free_port does, but never to one this script handed
# out before (free_port alone may return a port again while nothing listens on it, e.g. a monitor
# port between two runs, or the port of an earlier caller that a late answer may still reach).
declare -A HANDED_OUT=()
fresh_port() {
  local p i
  for ((i = 0; i < 20; i++)); do
    p=$(free_port)
    if [ -n "$p" ] && [ -z "${HANDED_OUT[$p]:-}" ]; then HANDED_OUT[$p]=1; printf -v "$1" '%s' "$p"; return 0; fi
  done
  die "no fresh loopback port found"
}

# kam_calls_start DIR PORT ACCOUNTS_FILE: the call proxy of kamailio.cfg.in on 127.0.0.1:PORT.
# ACCOUNTS_FILE has one "number password" per line; it becomes the in-memory password htable.
kam_calls_start() {
  local dir=$1 port=$2 accounts=$3
  command -v kamailio >/dev/null || die "kamailio not installed"
  # Kamailio binds with SO_REUSEPORT: a leftover instance would silently share the port.
  [ -z "$(ss -Hulnp "sport = :$port")" ] || die "udp port $port already in use: $(ss -Hulnp "sport = :$port")"
  mkdir -p "$dir/db" "$dir/run"
  printf 'id(int,auto) table_name(string) table_version(int) \n0:htable:2\n' >"$dir/db/version"
  awk 'BEGIN { print "id(int,auto) key_name(string) key_type(int) value_type(int) key_value(string) expires(int) " }
       NF == 2 { gsub(/:/, "\\:", $1); gsub(/:/, "\\:", $2); printf "%d:%s:0:0:%s:0\n", NR, $1, $2 }' \
      "$accounts" >"$dir/db/htable"
  sed -e "s/@CHILDREN@/${KAM_CHILDREN:-2}/" -e "s/@PORT@/$port/" -e "s#@DBDIR@#$dir/db#" \
      "$CALLS_DIR/kamailio.cfg.in" >"$dir/kamailio.cfg"
  # -DD: stay in the foreground so $! is the main process; SIGTERM to it stops the children.
  kamailio -f "$dir/kamailio.cfg" -DD -E -m "${KAM_SHM_MB:-256}" -M 16 -Y "$dir/run" \
      -P "$dir/kamailio.pid" -w "$dir" >"$dir/kamailio.log" 2>&1 &
  KAM_PID=$!
  local deadline=$((SECONDS + 20))
  until ss -Hulnp "sport = :$port" 2>/dev/null | grep -q "pid=$KAM_PID,"; do
    kill -0 "$KAM_PID" 2>/dev/null || { cat "$dir/kamailio.log" >&2; die "kamailio exited"; }
    [ $SECONDS -lt $deadline ] || die "kamailio not listening on $port after 20 s"
    sleep 0.2
  done
}

# register_monitor PORT SERVER_PORT URI_USER AUTH_USER PASSWORD OUTDIR: one digest REGISTER from
# 127.0.0.1:PORT (bench/register/register.xml), so the server rings that port for URI_USER.
register_monitor() {
  local port=$1 server=$2 user=$3 auth=$4 password=$5 out=$6
  mkdir -p "$out"
  printf 'SEQUENTIAL\n%s;[authentication username=%s password=%s]\n' "$user" "$auth" "$password" >"$out/reg.csv"
  (cd "$out" && sipp "127.0.0.1:$server" -sf "$REG_DIR/register.xml" -inf "$out/reg.csv" -i 127.0.0.1 \
      -p "$port" -m 1 -timeout 10s -timeout_error -nostdin -trace_err -trace_msg >/dev/null 2>sipp.err) \
    || { cat "$out"/*_errors.log >&2 2>/dev/null; die "registering $auth from port $port at 127.0.0.1:$server failed (see $out)"; }
}

# CPU clock ticks used so far by these processes and their children (a Kamailio main process
# and its workers).
cpu_ticks() {
  local p kids=() total=0 t
  for p in "$@"; do kids+=("$p" $(pgrep -P "$p" || true)); done
  for p in "${kids[@]}"; do
    t=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat" 2>/dev/null || echo 0)
    total=$((total + t))
  done
  echo "$total"
}

# A sipp instance in the background on 127.0.0.1:PORT, recorded in UAS_PIDS (and in the file
# UAS_PIDFILE, for a cleanup outside the subshell that started it); waits until the port is bound.
UAS_PIDS=()
UAS_PIDFILE=${UAS_PIDFILE:-}
uas_start() {
  local out=$1 xml=$2 port=$3 calls=$4 limit=$5
  mkdir -p "$out"
  [ -z "$(ss -Hulnp "sport = :$port")" ] || die "udp port $port still in use: $(ss -Hulnp "sport = :$port")"
  (cd "$out" && exec sipp -sf "$xml" -i 127.0.0.1 -p "$port" -m "$calls" -timeout "${limit}s" \
      -default_behaviors none -buff_size 4194304 -nostdin -trace_err -trace_stat -stf stat.csv -fd 1 \
      >/dev/null 2>sipp.err) &
  UAS_PIDS+=($!)
  [ -z "$UAS_PIDFILE" ] || echo "$!" >>"$UAS_PIDFILE"
  local pid=$! deadline=$((SECONDS + 10))
  until ss -Hulnp "sport = :$port" 2>/dev/null | grep -q "pid=$pid,"; do
    kill -0 "$pid" 2>/dev/null || die "sipp monitor on port $port exited: $(cat "$out/sipp.err")"
    [ $SECONDS -lt $deadline ] || die "sipp monitor not listening on $port after 10 s"
    sleep 0.05
  done
}

# Waits up to GRACE s for the monitors to finish their calls, then ends the rest by pid:
# SIGUSR1 first (sipp stops and writes its statistics), SIGKILL if that does not do it.
uas_stop() {
  local grace=$1 pid deadline
  deadline=$((SECONDS + grace))
  for pid in "${UAS_PIDS[@]}"; do
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
  done
  for pid in "${UAS_PIDS[@]}"; do kill -USR1 "$pid" 2>/dev/null || true; done
  deadline=$((SECONDS + 5))
  for pid in "${UAS_PIDS[@]}"; do
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  UAS_PIDS=()
}

# sipp_stat FILE COLUMN...: the values of those columns in the last line of a sipp -trace_stat file.
sipp_stat() {
  local file=$1; shift
  awk -F';' -v want="$*" '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    { last = $0 }
    END {
      n = split(want, w, " "); split(last, s, ";"); out = ""
      for (i = 1; i <= n; i++) out = out (i > 1 ? " " : "") ((w[i] in col) ? s[col[w[i]]] + 0 : 0)
      print out
    }' "$file" 2>/dev/null || echo 0
}

# percentile P < values: the P-th percentile (nearest rank) of whole numbers, one per line; - if none.
percentile() {
  sort -n | awk -v p="$1" '{ v[NR] = $1 } END { if (!NR) { print "-"; exit } i = int(NR * p / 100 + 0.999999); if (i < 1) i = 1; print v[i] }'
}

# uas_kill_recorded: SIGKILL to every sipp recorded in UAS_PIDFILE that still runs (a run
# interrupted half-way); checks the pid is still a sipp before.
uas_kill_recorded() {
  local pid
  [ -n "$UAS_PIDFILE" ] && [ -f "$UAS_PIDFILE" ] || return 0
  while read -r pid; do
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = sipp ] && kill -9 "$pid" 2>/dev/null || true
  done <"$UAS_PIDFILE"
  : >"$UAS_PIDFILE"
}

# failure_summary DIR...: what the caller's and the monitors' sipp counted and logged in those
# runs, by kind.
failure_summary() {
  local d who f
  local -A label=([caller]="caller" [monitor-0]="main" [monitor-1]="ext 1" [monitor-2]="ext 2")
  for who in caller monitor-0 monitor-1 monitor-2; do
    for d in "$@"; do
      if [ "$who" = caller ]; then f="$d/stat.csv"; else f="$d/$who/stat.csv"; fi
      [ -f "$f" ] || continue
      # The cumulative counters that tell trouble, from the last line of each run's statistics.
      awk -F';' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i ~ /^(Failed.*|DeadCallMsgs|OutOfCallMsgs|Retransmissions|Warnings)\(C\)$/) c[i] = $i; next }
          { last = $0 } END { n = split(last, v, ";"); for (i in c) if (v[i] + 0 > 0) printf "%s %d\n", c[i], v[i] }' "$f"
      # The events sipp logged, one per line: the text before any quoted message, with numbers
      # and Call-IDs as #, plus the quoted message's first line and CSeq (what was answered).
      cat "${f%/stat.csv}"/*_errors.log 2>/dev/null \
        | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}\t[0-9:.]+\t[0-9.]+: /\n@@/g' \
        | awk '/^@@/ { flush(); ev = substr($0, 3); cseq = ""; start = ""; line = ev; }
               ev != "" && start == "" && match(line, /(SIP\/2\.0 [0-9]+|[A-Z]+ sip:)/) {
                 start = substr(line, RSTART, RLENGTH); sub(/ sip:$/, "", start) }
               ev != "" && cseq == "" && /^CSeq:/ { cseq = $3 }
               { line = $0 }
               function flush() { if (ev == "" || ev ~ /jumping to label/) { ev = ""; return }
                 text = ev; sub(/\047.*/, "", text)
                 gsub(/[0-9]+-[0-9]+@[0-9.]+/, "#", text); gsub(/[0-9]+/, "#", text); sub(/[ :,]*$/, "", text)
                 printf "event: %s%s%s 1\n", text, (start != "" ? ": " start : ""), (cseq != "" ? " (CSeq " cseq ")" : "")
                 ev = "" }
               END { flush() }'
    done | awk -v who="${label[$who]}" '{ n = $NF; $NF = ""; sum[$0] += n } END { for (k in sum) printf "%8d  %-8s %s\n", sum[k], who, k }' \
         | sort -rn
  done
}

# log_summary LOG: WARN and ERROR lines of a doorman log, counted by text (numbers and ids as #).
log_summary() {
  awk '$2 == "WARN" || $2 == "ERROR" { $1 = ""; print }' "$1" \
    | sed -E 's/[0-9A-Za-z_.-]*@127\.0\.0\.1/#/g; s/[0-9]+/#/g' | sort | uniq -c | sort -rn | head -15
}
