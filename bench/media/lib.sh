# bench/media helpers (sourced, not executed). Reuses bench/calls/lib.sh (and through it
# bench/register/lib.sh): fresh loopback ports, udp_drops, log/die, ROOT.
MEDIA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../calls/lib.sh
. "$MEDIA_DIR/../calls/lib.sh"

RTPE_PID=""
RELAY_PID=""

# media_build WORK: the load generator (gcc, OpenSSL, libsrtp2) as WORK/rtpgen, and doorman's relay with its ng
# front compiled (test scope of media-relay); sets RELAY_CP.
media_build() {
  local work=$1
  command -v gcc >/dev/null || die "gcc not installed"
  [ -f /usr/include/srtp2/srtp.h ] || die "libsrtp2 headers missing (Debian: apt-get install libsrtp2-dev)"
  [ -f /usr/include/openssl/evp.h ] || die "OpenSSL headers missing (Debian: apt-get install libssl-dev)"
  gcc -O2 -Wall -Wextra -o "$work/rtpgen" "$MEDIA_DIR/rtpgen.c" "$MEDIA_DIR/srtp_cm.c" -lsrtp2 -lcrypto \
    || die "building rtpgen failed"
  # One Maven run compiles the test tree and writes its classpath (the reactor resolves conf to its classes).
  (cd "$ROOT" && mvn -B -q ${MVN_FLAGS:-} -pl media-relay -am test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2) || die "building media-relay failed"
  RELAY_CP="$ROOT/media-relay/target/test-classes:$ROOT/media-relay/target/classes:$ROOT/conf/target/classes"
  RELAY_CP+=":$(cat "$ROOT/media-relay/target/bench.classpath")"
}

# wait_udp PID PORT NAME LOG: until process PID has bound 127.0.0.1:PORT (UDP), for at most 30 s.
wait_udp() {
  local pid=$1 port=$2 name=$3 logfile=$4 deadline=$((SECONDS + 30))
  until ss -Hulnp "sport = :$port" 2>/dev/null | grep -q "pid=$pid,"; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$logfile" >&2; die "$name exited"; }
    [ $SECONDS -lt $deadline ] || { tail -20 "$logfile" >&2; die "$name not listening on $port after 30 s"; }
    sleep 0.2
  done
}

# doorman_relay_start DIR NG_PORT FIRST-LAST: doorman's MediaRelay behind its ng front, in a JVM of its own.
doorman_relay_start() {
  local dir=$1 port=$2 range=$3
  mkdir -p "$dir"
  # shellcheck disable=SC2086  # RELAY_JAVA_OPTS is a list of JVM flags
  java ${RELAY_JAVA_OPTS:-} -Dlogback.configurationFile="$MEDIA_DIR/logback.xml" -cp "$RELAY_CP" \
      org.doorman.media.bench.NgControlServer --ng "$port" --rtp-ports "$range" >"$dir/relay.log" 2>&1 &
  RELAY_PID=$!
  wait_udp "$RELAY_PID" "$port" "doorman's relay" "$dir/relay.log"
}

# rtpengine_start DIR NG_PORT FIRST LAST: rtpengine in userspace (no kernel table), its own port range,
# warnings only in the log, deleted calls freed at once (the default keeps them 30 s).
rtpengine_start() {
  local dir=$1 port=$2 first=$3 last=$4
  command -v rtpengine >/dev/null || die "rtpengine not installed (Debian: apt-get install rtpengine-daemon)"
  mkdir -p "$dir"
  [ -z "$(ss -Hulnp "sport = :$port")" ] || die "udp port $port already in use"
  rtpengine --config-file=none --table=-1 --interface=127.0.0.1 --listen-ng="127.0.0.1:$port" --foreground \
      --port-min="$first" --port-max="$last" --delete-delay=0 --log-stderr --log-level="${RTPE_LOG_LEVEL:-4}" \
      ${RTPE_OPTS:-} >"$dir/rtpengine.log" 2>&1 &
  RTPE_PID=$!
  wait_udp "$RTPE_PID" "$port" rtpengine "$dir/rtpengine.log"
}

# stop_pid PID: SIGTERM, then SIGKILL after 10 s.
stop_pid() {
  local pid=$1 deadline=$((SECONDS + 10))
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# media_run RTPGEN NG_PORT RELAY_PID MODE STREAMS WARMUP DURATION: one generator run against a relay
# (NG_PORT "direct": no relay). Prints: loss_pct streams_with_loss bad relay_cpu gen_cpu udp_drops setup_ms
# (loss over both directions of the measured packets; CPU in % of one core; -1 when unknown).
media_run() {
  local gen=$1 ng=$2 pid=$3 mode=$4 n=$5 warmup=$6 duration=$7 args=() r drops0 drops1
  if [ "$ng" = direct ]; then args=(--direct); else args=(--ng "$ng" --relay-pid "$pid"); fi
  [ "$mode" = plain ] || args+=(--srtp)
  drops0=$(udp_drops)
  r=$("$gen" "${args[@]}" --streams "$n" --warmup "$warmup" --duration "$duration") || return 1
  drops1=$(udp_drops)
  awk -v d=$((drops1 - drops0)) '{ sent = $1 + $3; lost = sent - $2 - $4
      printf "%.3f %d %d %d %d %d %d\n", (sent ? 100 * lost / sent : 100), $5, $6, $8, $7, d, $9 }' <<<"$r"
}
