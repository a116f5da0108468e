/*
 * Writes SRTP/SRTCP reference packets made by libsrtp, the library baresip uses, for doorman's
 * LibsrtpInteropTest. Build and run (Debian: apt-get install libsrtp2-dev):
 *   gcc -O2 -Wall -o /tmp/srtp_vectors srtp_vectors.c -lsrtp2 && /tmp/srtp_vectors > ../resources/org/doorman/media/srtp/libsrtp-vectors.txt
 * Output, one record a line: "suite NAME KEYHEX SALTHEX", then "rtp PLAINHEX PROTECTEDHEX" and
 * "rtcp PLAINHEX PROTECTEDHEX" lines for that suite, in the order libsrtp protected them.
 */
#include <srtp2/srtp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SSRC 0x5eed1e55u
#define PAYLOAD 160 /* 20 ms of G.711 */

static void hex(const unsigned char *b, int n) {
    for (int i = 0; i < n; i++) printf("%02x", b[i]);
}

static void print_pair(const char *kind, const unsigned char *plain, int n, const unsigned char *secured, int len) {
    printf("%s ", kind);
    hex(plain, n);
    printf(" ");
    hex(secured, len);
    printf("\n");
}

static void check(srtp_err_status_t s, const char *what) {
    if (s != srtp_err_status_ok) {
        fprintf(stderr, "%s failed: %d\n", what, s);
        exit(1);
    }
}

static void put32(unsigned char *p, unsigned v) {
    p[0] = v >> 24; p[1] = (v >> 16) & 0xff; p[2] = (v >> 8) & 0xff; p[3] = v & 0xff;
}

/* An RTP packet: PCMU, this sequence number; with one CSRC and a one-byte header extension when asked. */
static int rtp_packet(unsigned char *p, unsigned seq, int with_extras) {
    int n = 0;
    p[n++] = with_extras ? 0x91 : 0x80; /* V=2, X, CC=1 */
    p[n++] = 0x00;                      /* PT 0 */
    p[n++] = (seq >> 8) & 0xff; p[n++] = seq & 0xff;
    unsigned ts = seq * PAYLOAD;
    put32(p + n, ts); n += 4;
    put32(p + n, SSRC); n += 4;
    if (with_extras) {
        p[n++] = 0x0c; p[n++] = 0x5c; p[n++] = 0x5c; p[n++] = 0x01;          /* CSRC */
        p[n++] = 0xbe; p[n++] = 0xde; p[n++] = 0x00; p[n++] = 0x01;          /* extension, 1 word */
        p[n++] = 0x10; p[n++] = 0x7f; p[n++] = 0x00; p[n++] = 0x00;          /* id 1, len 1 (audio level) */
    }
    for (int i = 0; i < PAYLOAD; i++) p[n++] = (unsigned char) (seq * 7 + i);
    return n;
}

/* An RTCP sender report without report blocks. */
static int rtcp_packet(unsigned char *p, unsigned count) {
    int n = 0;
    p[n++] = 0x80; p[n++] = 200; p[n++] = 0; p[n++] = 6;
    put32(p + n, SSRC); n += 4;
    for (int i = 0; i < 20; i++) p[n++] = (unsigned char) (count * 13 + i);
    return n;
}

static void suite(const char *name, void (*rtp)(srtp_crypto_policy_t *), void (*rtcp)(srtp_crypto_policy_t *),
                  int key_len, int salt_len) {
    unsigned char key[46];
    for (int i = 0; i < key_len + salt_len; i++) key[i] = (unsigned char) (0x10 + i * 3 + name[strlen(name) - 1]);
    srtp_policy_t policy;
    memset(&policy, 0, sizeof policy);
    rtp(&policy.rtp);
    rtcp(&policy.rtcp);
    policy.ssrc.type = ssrc_specific;
    policy.ssrc.value = SSRC;
    policy.key = key;
    srtp_t session;
    check(srtp_create(&session, &policy), "srtp_create");

    printf("suite %s ", name);
    hex(key, key_len);
    printf(" ");
    hex(key + key_len, salt_len);
    printf("\n");
    /* the sequence numbers cross 65535, so the receiver must carry the rollover counter */
    unsigned seqs[] = {65533, 65534, 65535, 0, 1, 2};
    for (int i = 0; i < 6; i++) {
        unsigned char plain[256], buf[256 + SRTP_MAX_TRAILER_LEN];
        int n = rtp_packet(plain, seqs[i], i == 4);
        memcpy(buf, plain, n);
        int len = n;
        check(srtp_protect(session, buf, &len), "srtp_protect");
        print_pair("rtp", plain, n, buf, len);
    }
    for (unsigned i = 0; i < 2; i++) {
        unsigned char plain[64], buf[64 + SRTP_MAX_TRAILER_LEN];
        int n = rtcp_packet(plain, i);
        memcpy(buf, plain, n);
        int len = n;
        check(srtp_protect_rtcp(session, buf, &len), "srtp_protect_rtcp");
        print_pair("rtcp", plain, n, buf, len);
    }
    srtp_dealloc(session);
}

int main(void) {
    check(srtp_init(), "srtp_init");
    printf("# made by src/test/c/srtp_vectors.c with %s\n", srtp_get_version_string());
    suite("AES_CM_128_HMAC_SHA1_80", srtp_crypto_policy_set_rtp_default,
          srtp_crypto_policy_set_rtcp_default, 16, 14);
    /* RFC 4568: the _32 suite keeps the 80-bit tag for SRTCP */
    suite("AES_CM_128_HMAC_SHA1_32", srtp_crypto_policy_set_aes_cm_128_hmac_sha1_32,
          srtp_crypto_policy_set_rtcp_default, 16, 14);
    suite("AEAD_AES_128_GCM", srtp_crypto_policy_set_aes_gcm_128_16_auth,
          srtp_crypto_policy_set_aes_gcm_128_16_auth, 16, 12);
    check(srtp_shutdown(), "srtp_shutdown");
    return 0;
}
