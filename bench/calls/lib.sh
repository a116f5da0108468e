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
  local _fp_port _fp_try  # names no caller uses: printf -v would set these instead
  for ((_fp_try = 0; _fp_try < 20; _fp_try++)); do
    _fp_port=$(free_port)
    if [ -n "$_fp_port" ] && [ -z "${HANDED_OUT[$_fp_port]:-}" ]; then
      HANDED_OUT[$_fp_port]=1; printf -v "$1" '%s' "$_fp_port"; return 0
    fi
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
  # 1 GB of shared memory: at 1600 calls/s 256 MB ran out (tm: "out of mem", 500s to the caller);
  # doorman's JVM may take a quarter of the machine's memory by default.
  kamailio -f "$dir/kamailio.cfg" -DD -E -m "${KAM_SHM_MB:-1024}" -M 16 -Y "$dir/run" \
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

# UDP datagrams the kernel dropped so far because a socket's receive buffer was full (all sockets
# of this network namespace: the servers', sipp's and whatever else runs).
udp_drops() { awk '$1 == "Udp:" && !h { for (i = 1; i <= NF; i++) c[$i] = i; h = 1; next } $1 == "Udp:" { print $c["RcvbufErrors"] }' /proc/net/snmp; }

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
  deadline=$((SECONDS + 3))
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
# runs, by kind, the FAILURE_LINES (8) largest for each. (sipp's Warnings counter is left out: a
# monitor counts one for every answer, the timeout that makes it answer.)
failure_summary() {
  local d who f
  local -A label=([caller]="caller" [monitor-0]="main" [monitor-1]="ext 1" [monitor-2]="ext 2")
  for who in caller monitor-0 monitor-1 monitor-2; do
    for d in "$@"; do
      if [ "$who" = caller ]; then f="$d/stat.csv"; else f="$d/$who/stat.csv"; fi
      [ -f "$f" ] || continue
      # The cumulative counters that tell trouble, from the last line of each run's statistics.
      awk -F';' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i ~ /^(Failed.*|DeadCallMsgs|OutOfCallMsgs|Retransmissions)\(C\)$/) c[i] = $i; next }
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
         | sort -rn | head -"${FAILURE_LINES:-8}"
  done
}

# log_summary LOG: WARN and ERROR lines of a doorman log, counted by text (numbers and ids as #).
log_summary() {
  awk '$2 == "WARN" || $2 == "ERROR" { $1 = ""; print }' "$1" \
    | sed -E 's/[0-9A-Za-z_.-]*@127\.0\.0\.1/#/g; s/[0-9]+/#/g' | sort | uniq -c | sort -rn | head -15
}

# --- the benchmark's parts, shared by run and profile ----------------------------------------
# The caller sets first: SERVERS, work (its temporary directory), answer_ms (three delays in
# ms), HOLD_MS, RECV_TIMEOUT_MS and UAS_PIDFILE. calls_setup starts the servers (DM_PID,
# KAM_PID) and fills port[] and mon_port[]; one_run uses them.
ROOM=9901
MONITORS=("$ROOM" "$ROOM#1" "$ROOM#2")
MONITOR_PASSWORD=Secret9901
VTO=8001
VTO_PASSWORD=Door1234

has() { [[ " $SERVERS " == *" $1 "* ]]; }

# calls_setup: both servers on fresh loopback ports with the room and the door station in their
# directories, and each server's three monitors registered from ports of their own.
declare -A port=() mon_port=()
calls_setup() {
  local i s online sep mgmt_port
  if has kamailio; then
    fresh_port 'port[kamailio]'
    { for m in "${MONITORS[@]}"; do echo "$m $MONITOR_PASSWORD"; done; echo "$VTO $VTO_PASSWORD"; } >"$work/accounts.txt"
    kam_calls_start "$work/kamailio" "${port[kamailio]}" "$work/accounts.txt"
  fi
  if has doorman; then
    fresh_port 'port[doorman]'; fresh_port mgmt_port
    # No NAT keep-alive OPTIONS (default every 30 s): the sipp monitors count them as unexpected
    # messages, and Kamailio sends none; they are not part of the call flow measured here.
    DM_SET="--set sip.keepalive-interval=0 ${DM_SET:-}" dm_start "$work/doorman" "${port[doorman]}" "$mgmt_port"
    { printf '['; sep=""; for m in "${MONITORS[@]}"; do
        printf '%s{"number":"%s","password":"%s"}' "$sep" "$m" "$MONITOR_PASSWORD"; sep=","; done; echo ']'; } \
      | dm_api POST /api/directory/vth --data-binary @- >/dev/null || die "adding the monitors to doorman failed"
    printf '[{"number":"%s","password":"%s"}]' "$VTO" "$VTO_PASSWORD" \
      | dm_api POST /api/directory/vto --data-binary @- >/dev/null || die "adding the door station to doorman failed"
  fi

  # The three monitors of each server keep one port each for the whole script (registered once);
  # each run starts fresh sipp monitors on them, for clean per-run counts. Each server has its own
  # three ports, so what one server still sends after its run (a CANCEL retransmitted to a monitor
  # that has already stopped) never lands in the other server's run.
  for i in 0 1 2; do
    for s in $SERVERS; do
      fresh_port "mon_port[$s-$i]"
      register_monitor "${mon_port[$s-$i]}" "${port[$s]}" "${MONITORS[$i]//#/%23}" "${MONITORS[$i]}" \
          "$MONITOR_PASSWORD" "$work/register-$s-$i"
    done
    sed "s/@ANSWER_MS@/${answer_ms[$i]}/g" "$CALLS_DIR/monitor.xml.in" >"$work/monitor-$i.xml"
  done
  if has doorman; then
    online=$(dm_api GET /api/status | jq --arg room "$ROOM" \
        '[.devices[] | select(.number == $room or (.number | startswith($room + "#"))) | select(.online)] | length')
    [ "$online" -eq 3 ] || die "doorman shows $online of the 3 monitors online after registering them"
  fi
}

# one_run OUT SERVER RATE CALLS CALLER_PORT: monitors up, caller from CALLER_PORT at RATE/s for
# CALLS calls, monitors down. Each run's caller has a port of its own (fresh_port, chosen outside
# this subshell), so a late answer to an earlier run never reaches it.
# Prints: ok failed unexpected retrans achieved set_p50 set_p95 bye_p50 monitor_bad sipp_cpu
#         server_cpu monitor_cpu_max udp_drops
server_pids() { case $1 in doorman) echo "$DM_PID" ;; kamailio) echo "$KAM_PID" ;; esac; }
one_run() {
  local out=$1 s=$2 rate=$3 calls=$4 caller_port=$5 i
  mkdir -p "$out"
  for i in 0 1 2; do
    uas_start "$out/monitor-$i" "$work/monitor-$i.xml" "${mon_port[$s-$i]}" "$calls" $((calls / rate + 60))
  done
  local hz ticks0 ticks1 uas0=() uas1=() t0 t1 drops0 drops1 TIMEFORMAT='%R %U %S'
  hz=$(getconf CLK_TCK)
  drops0=$(udp_drops)
  ticks0=$(cpu_ticks $(server_pids "$s"))
  for i in 0 1 2; do uas0[$i]=$(cpu_ticks "${UAS_PIDS[$i]}"); done
  t0=$(date +%s%N)
  { time (cd "$out" && sipp "127.0.0.1:${port[$s]}" -sf "$CALLS_DIR/vto.xml" -s "$ROOM" \
      -au "$VTO" -ap "$VTO_PASSWORD" -set caller "$VTO" -i 127.0.0.1 -p "$caller_port" \
      -r "$rate" -m "$calls" -d "$HOLD_MS" -recv_timeout "$RECV_TIMEOUT_MS" \
      -timeout "$((calls / rate + 30))s" -timeout_error -default_behaviors all,-bye -buff_size 4194304 \
      -nostdin -trace_err -trace_stat -stf stat.csv -fd 60 -trace_rtt -rtt_freq 1 >/dev/null 2>sipp.err) ; } \
    2>"$out/time" || true  # failures are data
  t1=$(date +%s%N)
  ticks1=$(cpu_ticks $(server_pids "$s"))
  for i in 0 1 2; do uas1[$i]=$(cpu_ticks "${UAS_PIDS[$i]}"); done
  # Cancelled monitors finish at once; an answered one needs its BYE, which came before the caller ended.
  uas_stop 4
  : >"$UAS_PIDFILE"
  drops1=$(udp_drops)
  local wall_ms=$(((t1 - t0) / 1000000)) srv_cpu uas_cpu=0 c bad=0 inc okm
  srv_cpu=$(( (ticks1 - ticks0) * 100000 / hz / (wall_ms > 0 ? wall_ms : 1) ))
  for i in 0 1 2; do
    c=$(( (uas1[i] - uas0[i]) * 100000 / hz / (wall_ms > 0 ? wall_ms : 1) )); [ "$c" -le "$uas_cpu" ] || uas_cpu=$c
    read -r inc okm < <(sipp_stat "$out/monitor-$i/stat.csv" 'IncomingCall(C)' 'SuccessfulCall(C)')
    bad=$((bad + inc - okm))
  done
  local ok failed unexp retr rtt set50 set95 bye50 ach cpu
  read -r ok failed unexp retr < <(sipp_stat "$out/stat.csv" 'SuccessfulCall(C)' 'FailedCall(C)' \
      'FailedUnexpectedMessage(C)' 'Retransmissions(C)')
  unexp=$((unexp + $(sipp_stat "$out/stat.csv" 'DeadCallMsgs(C)') + $(sipp_stat "$out/stat.csv" 'OutOfCallMsgs(C)')))
  rtt=$(find "$out" -maxdepth 1 -name '*_rtt.csv' | head -1)
  if [ -n "$rtt" ]; then
    set50=$(awk -F';' '$3 == "setup" { print int($2) }' "$rtt" | percentile 50)
    set95=$(awk -F';' '$3 == "setup" { print int($2) }' "$rtt" | percentile 95)
    bye50=$(awk -F';' '$3 == "bye" { print int($2) }' "$rtt" | percentile 50)
    # Achieved rate: calls answered per second, from the first INVITE to the last 200 answering one.
    ach=$(awk -F';' '$3 == "setup" { n++; s = $1 - $2; if (n == 1 || s < first) first = s; if ($1 > last) last = $1 }
        END { printf "%.0f", ((n && last > first) ? n * 1000 / (last - first) : 0) }' "$rtt")
  else
    set50=-; set95=-; bye50=-; ach=0
  fi
  cpu=$(awk '{ printf "%.0f", ($1 > 0 ? 100 * ($2 + $3) / $1 : 0) }' "$out/time")
  echo "$ok $failed $unexp $retr $ach $set50 $set95 $bye50 $bad $cpu $srv_cpu $uas_cpu $((drops1 - drops0))"
}

