# Shared by bench/register/run and bench/register/heap (sourced, not executed).
# Every server started here is recorded by pid and stopped by that pid; every wait has a deadline.

REG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$REG_DIR/../.." && pwd)"
DOORMAN_JAR="${DOORMAN_JAR:-$ROOT/cli/target/doorman.jar}"
KAM_PID=""
DM_PID=""

log() { printf '%s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# A loopback port free for both UDP and TCP right now (SIP listens on both).
free_port() {
  python3 - <<'EOF'
import socket
for _ in range(50):
    t = socket.socket(); t.bind(("127.0.0.1", 0)); port = t.getsockname()[1]
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        u.bind(("127.0.0.1", port)); print(port); break
    except OSError:
        pass
    finally:
        u.close(); t.close()
EOF
}

password_of() { printf 'Secret%s' "$1"; }

# sipp injection file: user;[authentication ...] for users FIRST .. FIRST+COUNT-1.
users_csv() {
  local file=$1 first=$2 count=$3
  awk -v f="$first" -v n="$count" 'BEGIN {
    print "SEQUENTIAL"
    for (i = f; i < f + n; i++) printf "%d;[authentication username=%d password=Secret%d]\n", i, i, i
  }' >"$file"
}

# --- Kamailio -------------------------------------------------------------------------------

# kam_start DIR PORT FIRST COUNT: config + password table in DIR, Kamailio on 127.0.0.1:PORT.
kam_start() {
  local dir=$1 port=$2 first=$3 count=$4
  command -v kamailio >/dev/null || die "kamailio not installed"
  # Kamailio binds with SO_REUSEPORT: a leftover instance would silently share the port.
  [ -z "$(ss -Hulnp "sport = :$port")" ] || die "udp port $port already in use: $(ss -Hulnp "sport = :$port")"
  mkdir -p "$dir/db" "$dir/run"
  printf 'id(int,auto) table_name(string) table_version(int) \n0:htable:2\n' >"$dir/db/version"
  awk -v f="$first" -v n="$count" 'BEGIN {
    print "id(int,auto) key_name(string) key_type(int) value_type(int) key_value(string) expires(int) "
    for (i = f; i < f + n; i++) printf "%d:%d:0:0:Secret%d:0\n", i - f + 1, i, i
  }' >"$dir/db/htable"
  sed -e "s/@CHILDREN@/${KAM_CHILDREN:-2}/" -e "s/@PORT@/$port/" -e "s#@DBDIR@#$dir/db#" \
      -e "s/@HTBITS@/14/" "$REG_DIR/kamailio.cfg.in" >"$dir/kamailio.cfg"
  # -DD: stay in the foreground so $! is the main process; SIGTERM to it stops the children.
  kamailio -f "$dir/kamailio.cfg" -DD -E -m "${KAM_SHM_MB:-512}" -M 16 -Y "$dir/run" \
      -P "$dir/kamailio.pid" -w "$dir" >"$dir/kamailio.log" 2>&1 &
  KAM_PID=$!
  local deadline=$((SECONDS + 20))
  until ss -Hulnp "sport = :$port" 2>/dev/null | grep -q "pid=$KAM_PID,"; do
    kill -0 "$KAM_PID" 2>/dev/null || { cat "$dir/kamailio.log" >&2; die "kamailio exited"; }
    [ $SECONDS -lt $deadline ] || die "kamailio not listening on $port after 20 s"
    sleep 0.2
  done
}

kam_stop() {
  [ -n "$KAM_PID" ] || return 0
  kill "$KAM_PID" 2>/dev/null || true
  local deadline=$((SECONDS + 10))
  while kill -0 "$KAM_PID" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
  kill -9 "$KAM_PID" 2>/dev/null || true
  KAM_PID=""
}

# --- doorman --------------------------------------------------------------------------------

# dm_start DIR SIP_PORT MGMT_PORT: doorman with data in DIR; sets DM_TOKEN once /api/health is ok.
dm_start() {
  local dir=$1 sip=$2 mgmt=$3
  [ -f "$DOORMAN_JAR" ] || die "$DOORMAN_JAR missing: run 'mvn -B -q -DskipTests package' first"
  mkdir -p "$dir/data"
  # shellcheck disable=SC2086  # DM_JAVA_OPTS is a list of JVM flags
  java ${DM_JAVA_OPTS:-} -jar "$DOORMAN_JAR" serve --data "$dir/data" \
      --set sip.address=127.0.0.1 --set sip.udp-port="$sip" --set sip.tcp-port="$sip" --set sip.tls-port=0 \
      --set management.port="$mgmt" ${DM_SET:-} >"$dir/doorman.log" 2>&1 &
  DM_PID=$!
  DM_URL="http://127.0.0.1:$mgmt"
  local deadline=$((SECONDS + ${DM_START_TIMEOUT:-60}))
  until curl -fsS --max-time 2 "$DM_URL/api/health" >/dev/null 2>&1; do
    kill -0 "$DM_PID" 2>/dev/null || { tail -30 "$dir/doorman.log" >&2; die "doorman exited"; }
    [ $SECONDS -lt $deadline ] || { tail -30 "$dir/doorman.log" >&2; die "doorman not healthy in time"; }
    sleep 0.2
  done
  [ -s "$dir/data/admin.token" ] || die "no $dir/data/admin.token after start"
  DM_TOKEN=$(cat "$dir/data/admin.token")
}

dm_stop() {
  [ -n "$DM_PID" ] || return 0
  kill "$DM_PID" 2>/dev/null || true
  local deadline=$((SECONDS + 20))
  while kill -0 "$DM_PID" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
  kill -9 "$DM_PID" 2>/dev/null || true
  DM_PID=""
}

dm_api() { # dm_api METHOD PATH [curl args...]
  local method=$1 path=$2; shift 2
  curl -fsS --max-time "${DM_API_TIMEOUT:-60}" -X "$method" -H "Authorization: Bearer $DM_TOKEN" \
      -H 'Content-Type: application/json' "$DM_URL$path" "$@"
}

# dm_add_vth FIRST COUNT: bulk-adds VTH users in chunks (one all-or-nothing request per chunk).
dm_add_vth() {
  local first=$1 count=$2 chunk=${DM_CHUNK:-10000} start end
  for ((start = first; start < first + count; start += chunk)); do
    end=$((start + chunk)); [ $end -le $((first + count)) ] || end=$((first + count))
    awk -v a="$start" -v b="$end" 'BEGIN {
      printf "["; for (i = a; i < b; i++) printf "%s{\"number\":\"%d\",\"password\":\"Secret%d\"}", (i > a ? "," : ""), i, i
      print "]" }' | dm_api POST /api/directory/vth --data-binary @- >/dev/null \
      || die "bulk add of VTH $start..$((end - 1)) failed"
  done
}

# --- sipp -----------------------------------------------------------------------------------

# sipp_register OUT PORT LOCAL_PORT CSV RATE CALLS TIMEOUT_S: one sipp run into directory OUT.
# Prints: ok failed unexpected retrans rate_achieved median_ms sipp_cpu_pct
sipp_register() {
  local out=$1 port=$2 lport=$3 csv=$4 rate=$5 calls=$6 timeout=$7
  mkdir -p "$out"
  local TIMEFORMAT='%R %U %S'
  { time (cd "$out" && sipp "127.0.0.1:$port" -sf "$REG_DIR/register.xml" -inf "$csv" \
      -i 127.0.0.1 -p "$lport" -r "$rate" -m "$calls" -timeout "${timeout}s" -timeout_error \
      -default_behaviors all,-bye -buff_size 4194304 -nostdin -trace_err -trace_stat -stf stat.csv -fd 60 \
      -trace_rtt -rtt_freq 1 >/dev/null 2>sipp.err) ; } 2>"$out/time" || true  # failures are data
  local rtt
  rtt=$(find "$out" -maxdepth 1 -name '*_rtt.csv' | head -1)
  awk -F';' -v timefile="$out/time" -v statfile="$out/stat.csv" '
    FILENAME == statfile && FNR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    FILENAME == statfile { last = $0; next }
    FNR > 1 { n++; hist[$2 + 0]++; if ($1 > tmax) tmax = $1; if ($2 > rmax) rmax = $2 + 0 }
    END {
      split(last, s, ";")
      ok = s[col["SuccessfulCall(C)"]]; failed = s[col["FailedCall(C)"]]
      unexpected = s[col["FailedUnexpectedMessage(C)"]] + s[col["DeadCallMsgs(C)"]] + s[col["OutOfCallMsgs(C)"]]
      getline t < timefile; split(t, tm, " ")
      # Achieved rate: completed registrations over the time until the last one completed.
      achieved = tmax > 0 ? ok * 1000 / tmax : 0
      # Response times are whole milliseconds, so the median comes from a histogram.
      median = -1; seen = 0
      for (v = 0; n && v <= rmax; v++) { seen += hist[v]; if (seen * 2 >= n) { median = v; break } }
      cpu = tm[1] > 0 ? 100 * (tm[2] + tm[3]) / tm[1] : 0
      printf "%d %d %d %d %.0f %d %.0f\n", ok, failed, unexpected, s[col["Retransmissions(C)"]], achieved, median, cpu
    }' "$out/stat.csv" ${rtt:+"$rtt"}
}

# failure_causes DIR...: sipp's error logs of those runs, counted by kind of failure. The CSeq
# tells a stray answer to a retransmitted first REGISTER (1) from an answer to the credentials (2).
failure_causes() {
  local d
  for d in "$@"; do cat "$d"/*_errors.log 2>/dev/null || true; done | awk '
    /Aborting call on UDP retransmission timeout/ { n["call failed: no answer after all retransmissions"]++ }
    /while expecting .* received .SIP\/2.0 [0-9]+/ {
      match($0, /expecting .[0-9]+/); want = substr($0, RSTART + 11, RLENGTH - 11)
      match($0, /received .SIP\/2.0 [0-9]+/); got = substr($0, RSTART + 18, RLENGTH - 18)
      open = "call failed: expected " want ", got " got
    }
    /Dead call .*received .SIP\/2.0 [0-9]+/ {
      match($0, /received .SIP\/2.0 [0-9]+/); got = substr($0, RSTART + 18, RLENGTH - 18)
      why = $0 ~ /\(successful\)/ ? "a call that succeeded" : "a call that had failed"
      open = "late " got " for " why
    }
    open != "" && /^CSeq:/ { n[open " (to CSeq " $2 ")"]++; open = "" }
    END { for (k in n) printf "%8d  %s\n", n[k], k }' | sort -rn || true
}
