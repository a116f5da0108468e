/*
 * Writes libre-vectors.txt: the plain packets and keys of libsrtp-vectors.txt, protected by libre's own
 * SRTP, which Debian's baresip uses (its srtp module is built on libre, not libsrtp). Build and run
 * (Debian: apt-get install libre-dev):
 *   gcc -O2 -Wall -o /tmp/libre_vectors libre_vectors.c $(pkg-config --cflags --libs libre)
 *   /tmp/libre_vectors < ../resources/org/doorman/media/srtp/libsrtp-vectors.txt > ../resources/org/doorman/media/srtp/libre-vectors.txt
 * Same format as the input.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <re.h>

static size_t unhex(const char *s, uint8_t *out) {
    size_t n = 0;
    while (s[0] && s[1]) {
        sscanf(s, "%2hhx", &out[n++]);
        s += 2;
    }
    return n;
}

static int suite_of(const char *name, enum srtp_suite *suite) {
    if (!strcmp(name, "AES_CM_128_HMAC_SHA1_80")) *suite = SRTP_AES_CM_128_HMAC_SHA1_80;
    else if (!strcmp(name, "AES_CM_128_HMAC_SHA1_32")) *suite = SRTP_AES_CM_128_HMAC_SHA1_32;
    else if (!strcmp(name, "AEAD_AES_128_GCM")) *suite = SRTP_AES_128_GCM;
    else return -1;
    return 0;
}

int main(void) {
    char line[4096], kind[16], a[2048], b[2048], c[128];
    struct srtp *tx = NULL;
    printf("# made by src/test/c/libre_vectors.c with libre %s\n", "1.1.0 (Debian 12)");
    while (fgets(line, sizeof line, stdin)) {
        int fields = sscanf(line, "%15s %2047s %2047s %127s", kind, a, b, c);
        if (fields == 4 && !strcmp(kind, "suite")) {
            uint8_t key[64];
            size_t n = unhex(b, key);
            n += unhex(c, key + n);
            enum srtp_suite suite;
            tx = mem_deref(tx);
            if (suite_of(a, &suite) || srtp_alloc(&tx, suite, key, n, 0)) {
                fprintf(stderr, "cannot set up %s", line);
                return 2;
            }
            fputs(line, stdout);
            continue;
        }
        if (fields != 3 || !tx) continue; /* a comment */
        uint8_t plain[1024];
        size_t pn = unhex(a, plain);
        struct mbuf *mb = mbuf_alloc(pn + 64);
        mbuf_write_mem(mb, plain, pn);
        mbuf_set_pos(mb, 0);
        if ((!strcmp(kind, "rtcp") ? srtcp_encrypt : srtp_encrypt)(tx, mb)) {
            fprintf(stderr, "libre cannot protect %s", line);
            return 2;
        }
        printf("%s %s ", kind, a);
        for (size_t i = mb->pos; i < mb->end; i++) printf("%02x", mb->buf[i]);
        printf("\n");
        mem_deref(mb);
    }
    mem_deref(tx);
    return 0;
}
