/*
 * rtpgen: the load generator of bench/media. Sets up N calls on a media relay through its ng
 * control protocol (bencode over UDP), pumps one G.711 stream each way per call (172-byte RTP
 * packets, 50 per second per direction, increasing seq and timestamp), then deletes the calls and
 * prints what arrived. With --srtp the A side offers RTP/SAVP (AES_CM_128_HMAC_SHA1_80, SDES) and
 * asks for plain RTP toward B: the generator seals what A sends and opens what A receives (srtp_cm.c,
 * checked against libsrtp at start); B stays plain. With --direct there is no relay: A and B send to each other, which shows
 * what the generator itself can push.
 *
 * Built by bench/media/run (gcc -O2 rtpgen.c srtp_cm.c -lsrtp2 -lcrypto). Single-threaded on purpose: one core at most, its
 * CPU is reported. Every stream's A side shares a few sockets (and B's too), so that sending and
 * receiving can be batched (sendmmsg/recvmmsg); each packet's payload names its stream.
 *
 * Output, one line: sent_ab recv_ab sent_ba recv_ba streams_with_loss bad gen_cpu_pct relay_cpu_pct setup_ms
 * (CPU over the pumping only, in % of one core; the relay's from /proc/PID/stat with --relay-pid PID, else -1).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <srtp2/srtp.h>
#include "srtp_cm.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define SOCKS 4            /* sockets per side */
#define BATCH 64           /* packets per sendmmsg/recvmmsg */
#define PKT 172            /* 12-byte RTP header + 160 bytes of PCMU (20 ms) */
#define PERIOD_US 20000    /* 50 packets per second */
#define SSRC_BASE 0x10000000u
#define KEY_LEN 30         /* AES-128 key + 112-bit salt */

struct stream {
    uint16_t relay_a, relay_b;  /* the relay's port that A sends to, and B's */
    uint16_t seq[2];
    unsigned char key_a[KEY_LEN], relay_key[KEY_LEN];
    struct srtp_cm seal_a, open_a;
    uint32_t recv[2];
};

static int n_streams, srtp_mode, direct, warmup_s = 2, duration_s = 5, ng_port, relay_pid;
static const char *call_prefix = "bench";
static struct stream *streams;
static int sock[2][SOCKS];      /* [0] = A side, [1] = B side */
static uint16_t sock_port[2][SOCKS];
static uint64_t sent[2], bad;   /* sent[0] A->B, sent[1] B->A (measured packets only) */

__attribute__((noreturn)) static void die(const char *what) { fprintf(stderr, "rtpgen: %s\n", what); exit(2); }

static uint64_t now_us(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000 + t.tv_nsec / 1000;
}

static double cpu_s(void) {
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/* CPU seconds a process has used so far (all its threads), or -1 when it cannot be read. */
static double proc_cpu_s(int pid) {
    char path[64], line[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", pid);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char *got = fgets(line, sizeof line, f);
    fclose(f);
    char *p = got ? strrchr(line, ')') : NULL;
    unsigned long long ut, st;
    /* after the command: state and 10 more fields, then utime and stime (proc(5)) */
    if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &ut, &st) != 2) return -1;
    return (double)(ut + st) / sysconf(_SC_CLK_TCK);
}

static struct sockaddr_in loopback(uint16_t port) {
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

static int udp_socket(uint16_t *port, int buffers) {
    int s = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
    struct sockaddr_in a = loopback(0);
    socklen_t len = sizeof a;
    if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof a) || getsockname(s, (struct sockaddr *)&a, &len)) die("socket");
    if (buffers) {
        int size = 32 << 20;  /* root may force past rmem_max; otherwise the kernel's maximum applies */
        if (setsockopt(s, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size))
            setsockopt(s, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
        size = 8 << 20;
        if (setsockopt(s, SOL_SOCKET, SO_SNDBUFFORCE, &size, sizeof size))
            setsockopt(s, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
    }
    *port = ntohs(a.sin_port);
    return s;
}

/* --- base64 (SDES inline keys) ---------------------------------------------------------- */

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void b64_encode(const unsigned char *in, int n, char *out) {
    int i, o = 0;
    for (i = 0; i < n; i += 3) {
        uint32_t v = in[i] << 16 | (i + 1 < n ? in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
        out[o++] = B64[v >> 18 & 63];
        out[o++] = B64[v >> 12 & 63];
        out[o++] = i + 1 < n ? B64[v >> 6 & 63] : '=';
        out[o++] = i + 2 < n ? B64[v & 63] : '=';
    }
    out[o] = 0;
}

static int b64_decode(const char *in, unsigned char *out, int max) {
    uint32_t v = 0;
    int bits = 0, o = 0;
    for (; *in && *in != '|' && *in != '\r' && *in != '\n' && *in != '='; in++) {
        const char *p = strchr(B64, *in);
        if (!p) return -1;
        v = v << 6 | (uint32_t)(p - B64);
        if ((bits += 6) >= 8) {
            if (o == max) return -1;
            out[o++] = v >> (bits -= 8) & 0xff;
        }
    }
    return o;
}

/* --- bencode, just what ng needs ------------------------------------------------------------ */

struct buf { char d[8192]; int n; };

static void put(struct buf *b, const char *s, int n) {
    if (b->n + n >= (int)sizeof b->d) die("ng request too long");
    memcpy(b->d + b->n, s, n);
    b->n += n;
}
static void bstr(struct buf *b, const char *s) {
    char len[16];
    put(b, len, snprintf(len, sizeof len, "%zu:", strlen(s)));
    put(b, s, strlen(s));
}
static void bkey(struct buf *b, const char *k, const char *v) { bstr(b, k); bstr(b, v); }

/* Skips one bencoded value at *p (before end); returns 0 on malformed input. */
static int bskip(const char **p, const char *end) {
    if (*p >= end) return 0;
    if (**p == 'i') {
        const char *e = memchr(*p, 'e', end - *p);
        if (!e) return 0;
        *p = e + 1;
        return 1;
    }
    if (**p == 'l' || **p == 'd') {
        for ((*p)++; *p < end && **p != 'e';)
            if (!bskip(p, end)) return 0;
        if (*p >= end) return 0;
        (*p)++;
        return 1;
    }
    char *colon;
    long len = strtol(*p, &colon, 10);
    if (*colon != ':' || len < 0 || colon + 1 + len > end) return 0;
    *p = colon + 1 + len;
    return 1;
}

/* The string value of key in the top-level dictionary at p, copied into out; 0 when absent. */
static int bget(const char *p, const char *end, const char *key, char *out, int max) {
    if (p >= end || *p++ != 'd') return 0;
    while (p < end && *p != 'e') {
        char *colon;
        long klen = strtol(p, &colon, 10);
        if (*colon != ':' || colon + 1 + klen > end) return 0;
        const char *k = colon + 1;
        p = k + klen;
        int match = klen == (long)strlen(key) && !memcmp(k, key, klen);
        if (match && p < end && *p >= '0' && *p <= '9') {
            long vlen = strtol(p, &colon, 10);
            if (*colon != ':' || vlen >= max || colon + 1 + vlen > end) return 0;
            memcpy(out, colon + 1, vlen);
            out[vlen] = 0;
            return 1;
        }
        if (!bskip(&p, end)) return 0;
    }
    return 0;
}

/* --- ng control ------------------------------------------------------------------------------ */

static int ng_sock;
static unsigned ng_cookie;

/* Sends one ng command (retried on silence) and copies the reply's "sdp" into sdp (may be NULL);
 * returns 0 when the relay refused it (the reason is on stderr). */
static int ng(struct buf *req, char *sdp, int max) {
    static char reply[65536];
    char cookie[32], msg[sizeof req->d + 40], result[64], why[512];
    int clen = snprintf(cookie, sizeof cookie, "%x_%u ", (unsigned)getpid(), ++ng_cookie);
    memcpy(msg, cookie, clen);
    memcpy(msg + clen, req->d, req->n);
    for (int attempt = 0; attempt < 5; attempt++) {
        if (send(ng_sock, msg, clen + req->n, 0) < 0) die("ng send");
        struct pollfd pf = {.fd = ng_sock, .events = POLLIN};
        while (poll(&pf, 1, 3000) > 0) {
            ssize_t n = recv(ng_sock, reply, sizeof reply - 1, 0);
            if (n < clen || memcmp(reply, cookie, clen)) continue;  /* a late reply to an earlier try */
            const char *body = reply + clen, *end = reply + n;
            if (!bget(body, end, "result", result, sizeof result)) die("ng reply without result");
            if (strcmp(result, "ok")) {
                if (!bget(body, end, "error-reason", why, sizeof why)) strcpy(why, "?");
                if (sdp) fprintf(stderr, "rtpgen: relay refused call %u: %s: %s\n", ng_cookie, result, why);
                return 0;
            }
            if (sdp && !bget(body, end, "sdp", sdp, max)) die("ng reply without sdp");
            return 1;
        }
    }
    die("relay does not answer on its ng port");
}

static void sdp_for(char *out, int max, int i, uint16_t port, const unsigned char *key) {
    char k64[64] = "";
    if (key) b64_encode(key, KEY_LEN, k64);
    snprintf(out, max,
             "v=0\r\no=- %d 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
             "m=audio %u %s 0\r\na=rtpmap:0 PCMU/8000\r\n%s%s%sa=sendrecv\r\n",
             i + 1, port, key ? "RTP/SAVP" : "RTP/AVP", key ? "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:" : "",
             k64, key ? "\r\n" : "");
}

static uint16_t sdp_port(const char *sdp) {
    const char *m = strstr(sdp, "m=audio ");
    if (!m) die("relay's SDP has no audio line");
    return (uint16_t)atoi(m + 8);
}

static void sdp_key(const char *sdp, unsigned char *key) {
    const char *c = strstr(sdp, "AES_CM_128_HMAC_SHA1_80 inline:");
    if (!c || b64_decode(c + 31, key, KEY_LEN) != KEY_LEN) die("relay's answer has no AES_CM_128_HMAC_SHA1_80 key");
}

static void call_tags(char *id, char *from, char *to, int i) {
    sprintf(id, "%s-%d-%d", call_prefix, (int)getpid(), i);
    sprintf(from, "a%d", i);
    sprintf(to, "b%d", i);
}

/* Offer from A, answer from B; 0 when the relay refused either. */
static int setup_call(int i) {
    struct stream *s = &streams[i];
    char id[96], from[16], to[16], sdp[4096], reply[8192];
    call_tags(id, from, to, i);
    if (srtp_mode && getrandom(s->key_a, KEY_LEN, 0) != KEY_LEN) die("getrandom");
    struct buf b = {.n = 0};
    put(&b, "d", 1);
    bkey(&b, "command", "offer");
    bkey(&b, "call-id", id);
    bkey(&b, "from-tag", from);
    sdp_for(sdp, sizeof sdp, i, sock_port[0][i % SOCKS], srtp_mode ? s->key_a : NULL);
    bkey(&b, "sdp", sdp);
    bstr(&b, "replace");
    put(&b, "l", 1); bstr(&b, "origin"); bstr(&b, "session-connection"); put(&b, "e", 1);
    bkey(&b, "ICE", "remove");
    if (srtp_mode) bkey(&b, "transport-protocol", "RTP/AVP");
    put(&b, "e", 1);
    if (!ng(&b, reply, sizeof reply)) return 0;
    s->relay_b = sdp_port(reply);

    b.n = 0;
    put(&b, "d", 1);
    bkey(&b, "command", "answer");
    bkey(&b, "call-id", id);
    bkey(&b, "from-tag", from);
    bkey(&b, "to-tag", to);
    sdp_for(sdp, sizeof sdp, i, sock_port[1][i % SOCKS], NULL);
    bkey(&b, "sdp", sdp);
    bstr(&b, "replace");
    put(&b, "l", 1); bstr(&b, "origin"); bstr(&b, "session-connection"); put(&b, "e", 1);
    bkey(&b, "ICE", "remove");
    put(&b, "e", 1);
    if (!ng(&b, reply, sizeof reply)) return 0;
    s->relay_a = sdp_port(reply);
    if (srtp_mode) sdp_key(reply, s->relay_key);
    return 1;
}

static void delete_call(int i) {
    char id[96], from[16], to[16];
    call_tags(id, from, to, i);
    struct buf b = {.n = 0};
    put(&b, "d", 1);
    bkey(&b, "command", "delete");
    bkey(&b, "call-id", id);
    bkey(&b, "from-tag", from);
    put(&b, "e", 1);
    ng(&b, NULL, 0);  /* an unknown call is fine */
}

static void srtp_setup(struct stream *s) {
    if (!srtp_cm_init(&s->seal_a, s->key_a) || !srtp_cm_init(&s->open_a, s->relay_key)) die("SRTP key setup");
}

/* One packet each way between srtp_cm and libsrtp, the reference the relays' SRTP is built to match. */
static void srtp_self_test(void) {
    unsigned char master[KEY_LEN], a[64 + SRTP_MAX_TRAILER_LEN] = {0x80, 0, 0x12, 0x34, 0, 0, 0, 160, 1, 2, 3, 4};
    unsigned char b[sizeof a];
    if (getrandom(master, KEY_LEN, 0) != KEY_LEN) die("getrandom");
    memset(a + 12, 0x5a, 52);
    memcpy(b, a, sizeof a);
    srtp_policy_t p;
    memset(&p, 0, sizeof p);
    srtp_crypto_policy_set_aes_cm_128_hmac_sha1_80(&p.rtp);
    srtp_crypto_policy_set_aes_cm_128_hmac_sha1_80(&p.rtcp);
    p.ssrc.type = ssrc_any_outbound;
    p.key = master;
    srtp_t out, in;
    struct srtp_cm mine_out, mine_in;
    int len = 64;
    if (srtp_create(&out, &p) || (p.ssrc.type = ssrc_any_inbound, srtp_create(&in, &p))
        || !srtp_cm_init(&mine_out, master) || !srtp_cm_init(&mine_in, master)) die("SRTP self-test setup");
    int sealed = srtp_cm_seal(&mine_out, a, 64);
    if (srtp_protect(out, b, &len) || len != sealed || memcmp(a, b, len)) die("SRTP self-test: sealing differs from libsrtp");
    if (srtp_unprotect(in, b, &len) || len != 64 || srtp_cm_open(&mine_in, a, sealed) != 64 || memcmp(a, b, 64))
        die("SRTP self-test: opening differs from libsrtp");
    srtp_dealloc(out);
    srtp_dealloc(in);
}

/* --- the streams ------------------------------------------------------------------------------- */

struct batch {
    struct mmsghdr h[BATCH];
    struct iovec v[BATCH];
    struct sockaddr_in to[BATCH];
    unsigned char d[BATCH][PKT + SRTP_MAX_TRAILER_LEN];
    int n;
};
static struct batch out[2][SOCKS];

static void flush(int side, int k) {
    struct batch *b = &out[side][k];
    for (int done = 0; done < b->n;) {
        int r = sendmmsg(sock[side][k], b->h + done, b->n - done, 0);
        if (r < 0) {
            if (errno == EAGAIN || errno == ENOBUFS) { struct pollfd pf = {sock[side][k], POLLOUT, 0}; poll(&pf, 1, 5); continue; }
            die("sendmmsg");
        }
        done += r;
    }
    b->n = 0;
}

/* One packet from side (0 = A, 1 = B) of stream i; measured packets carry a flag in the payload. */
static void emit(int i, int side, uint32_t round, int measured) {
    struct stream *s = &streams[i];
    int k = i % SOCKS;
    struct batch *b = &out[side][k];
    unsigned char *p = b->d[b->n];
    uint16_t seq = s->seq[side]++;
    uint32_t ts = round * 160, ssrc = SSRC_BASE + 2 * i + side, idx = htonl(i);
    p[0] = 0x80; p[1] = 0;  /* V=2, PT 0 (PCMU) */
    p[2] = seq >> 8; p[3] = seq;
    p[4] = ts >> 24; p[5] = ts >> 16; p[6] = ts >> 8; p[7] = ts;
    p[8] = ssrc >> 24; p[9] = ssrc >> 16; p[10] = ssrc >> 8; p[11] = ssrc;
    memset(p + 12, 0xff, PKT - 12);  /* PCMU silence */
    memcpy(p + 12, &idx, 4);
    p[16] = side;
    p[17] = measured;
    int len = PKT;
    if (side == 0 && srtp_mode && (len = srtp_cm_seal(&s->seal_a, p, len)) < 0) die("SRTP seal");
    uint16_t port = direct ? sock_port[!side][k] : (side == 0 ? s->relay_a : s->relay_b);
    b->to[b->n] = loopback(port);
    b->v[b->n] = (struct iovec){p, len};
    b->h[b->n].msg_hdr = (struct msghdr){.msg_name = &b->to[b->n], .msg_namelen = sizeof b->to[0],
                                         .msg_iov = &b->v[b->n], .msg_iovlen = 1};
    if (measured) sent[side]++;
    if (++b->n == BATCH) flush(side, k);
}

/* Reads everything waiting on one socket of side (0 = A receives B's packets). */
static void drain(int side, int k) {
    static struct mmsghdr h[BATCH];
    static struct iovec v[BATCH];
    static unsigned char d[BATCH][2048];
    for (;;) {
        for (int j = 0; j < BATCH; j++) {
            v[j] = (struct iovec){d[j], sizeof d[j]};
            h[j].msg_hdr = (struct msghdr){.msg_iov = &v[j], .msg_iovlen = 1};
        }
        int n = recvmmsg(sock[side][k], h, BATCH, MSG_DONTWAIT, NULL);
        if (n <= 0) return;
        for (int j = 0; j < n; j++) {
            unsigned char *p = d[j];
            int len = h[j].msg_len;
            uint32_t ssrc = (uint32_t)(len >= 12 ? p[8] << 24 | p[9] << 16 | p[10] << 8 | p[11] : 0);
            uint32_t i = (ssrc - SSRC_BASE) / 2;
            if (len < 12 || ssrc < SSRC_BASE || i >= (uint32_t)n_streams || (ssrc - SSRC_BASE) % 2 == (uint32_t)side) {
                bad++;
                continue;
            }
            if (side == 0 && srtp_mode && (len = srtp_cm_open(&streams[i].open_a, p, len)) < 0) {
                bad++;
                continue;
            }
            uint32_t idx;
            memcpy(&idx, p + 12, 4);
            if (len != PKT || ntohl(idx) != i || p[16] != !side) { bad++; continue; }
            if (p[17]) streams[i].recv[!side]++;
        }
    }
}

static void drain_all(void) {
    for (int side = 0; side < 2; side++)
        for (int k = 0; k < SOCKS; k++) drain(side, k);
}

static void pump(void) {
    uint64_t start = now_us(), rounds = (uint64_t)(warmup_s + duration_s) * 1000000 / PERIOD_US;
    uint64_t total = rounds * n_streams, k = 0, warm = (uint64_t)warmup_s * 1000000 / PERIOD_US * n_streams;
    struct timespec tick;
    clock_gettime(CLOCK_MONOTONIC, &tick);
    while (k < total) {
        uint64_t now = now_us() - start;
        /* packet k is stream k % N in round k / N, due at round * 20 ms + its stream's share of the period */
        while (k < total && (k / n_streams) * PERIOD_US + (k % n_streams) * PERIOD_US / n_streams <= now) {
            int i = k % n_streams;
            emit(i, 0, k / n_streams, k >= warm);
            emit(i, 1, k / n_streams, k >= warm);
            k++;
        }
        for (int side = 0; side < 2; side++)
            for (int j = 0; j < SOCKS; j++) flush(side, j);
        drain_all();
        tick.tv_nsec += 1000000;  /* one wake-up per millisecond: sends and reads are batched */
        if (tick.tv_nsec >= 1000000000) { tick.tv_sec++; tick.tv_nsec -= 1000000000; }
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &tick, NULL);
    }
    for (uint64_t end = now_us() + 1000000; now_us() < end;) {  /* what is still on its way */
        drain_all();
        usleep(1000);
    }
}

int main(int argc, char **argv) {
    for (int a = 1; a < argc; a++) {
        const char *v = a + 1 < argc ? argv[a + 1] : "";
        if (!strcmp(argv[a], "--ng")) ng_port = atoi(v), a++;
        else if (!strcmp(argv[a], "--streams")) n_streams = atoi(v), a++;
        else if (!strcmp(argv[a], "--warmup")) warmup_s = atoi(v), a++;
        else if (!strcmp(argv[a], "--duration")) duration_s = atoi(v), a++;
        else if (!strcmp(argv[a], "--call-prefix")) call_prefix = v, a++;
        else if (!strcmp(argv[a], "--relay-pid")) relay_pid = atoi(v), a++;
        else if (!strcmp(argv[a], "--srtp")) srtp_mode = 1;
        else if (!strcmp(argv[a], "--direct")) direct = 1;
        else die("usage: rtpgen (--ng PORT | --direct) --streams N [--srtp] [--warmup S] [--duration S] [--call-prefix P] [--relay-pid PID]");
    }
    if (n_streams < 1 || duration_s < 1 || warmup_s < 0 || (!direct && ng_port <= 0) || (direct && srtp_mode))
        die("need --streams N >= 1 and either --ng PORT or --direct (plain only)");
    streams = calloc(n_streams, sizeof *streams);
    if (!streams || srtp_init() != srtp_err_status_ok) die("init");
    if (srtp_mode) srtp_self_test();
    for (int side = 0; side < 2; side++)
        for (int k = 0; k < SOCKS; k++) sock[side][k] = udp_socket(&sock_port[side][k], 1);
    uint64_t t0 = now_us();
    if (!direct) {
        uint16_t unused;
        ng_sock = udp_socket(&unused, 0);
        struct sockaddr_in relay = loopback(ng_port);
        if (connect(ng_sock, (struct sockaddr *)&relay, sizeof relay)) die("connect to the ng port");
        for (int i = 0; i < n_streams; i++) {
            if (!setup_call(i)) {
                for (int j = 0; j <= i; j++) delete_call(j);  /* leave the relay as it was */
                return 3;
            }
            if (srtp_mode) srtp_setup(&streams[i]);
        }
    }
    uint64_t setup_ms = (now_us() - t0) / 1000;
    double cpu0 = cpu_s(), relay0 = relay_pid ? proc_cpu_s(relay_pid) : -1;
    uint64_t w0 = now_us();
    pump();
    double wall = (now_us() - w0) / 1e6, relay1 = relay_pid ? proc_cpu_s(relay_pid) : -1;
    double gen_cpu = 100 * (cpu_s() - cpu0) / wall;
    double relay_cpu = relay0 >= 0 && relay1 >= 0 ? 100 * (relay1 - relay0) / wall : -1;
    if (!direct)
        for (int i = 0; i < n_streams; i++) delete_call(i);
    uint64_t recv[2] = {0, 0};
    int lossy = 0;
    uint32_t expect = (uint32_t)(sent[0] / n_streams);
    for (int i = 0; i < n_streams; i++) {
        recv[0] += streams[i].recv[0];
        recv[1] += streams[i].recv[1];
        if (streams[i].recv[0] < expect || streams[i].recv[1] < expect) lossy++;
    }
    printf("%llu %llu %llu %llu %d %llu %.0f %.0f %llu\n", (unsigned long long)sent[0], (unsigned long long)recv[0],
           (unsigned long long)sent[1], (unsigned long long)recv[1], lossy, (unsigned long long)bad, gen_cpu,
           relay_cpu, (unsigned long long)setup_ms);
    return 0;
}
