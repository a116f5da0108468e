/* AES_CM_128_HMAC_SHA1_80 SRTP (RFC 3711) for one SSRC direction, on OpenSSL: what rtpgen seals and
 * opens its SRTP leg with. libsrtp 2 as Debian builds it (NSS backend) sets up a cipher context per
 * packet, which made the generator, not the relays, the limit of the SRTP-bridged runs; this keeps
 * one context per stream. rtpgen checks it against libsrtp at start. */
#ifndef SRTP_CM_H
#define SRTP_CM_H
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdint.h>

#define SRTP_CM_TAG 10
#define SRTP_CM_MASTER 30 /* 16-byte key + 14-byte salt */

struct srtp_cm {
    EVP_CIPHER_CTX *aes;
    HMAC_CTX *mac;
    unsigned char salt[14];
    uint32_t roc;     /* rollover counter */
    int last_seq;     /* highest sequence number seen or sent, -1 before the first */
};

/* Derives the session keys from a 30-byte master key; 0 on failure. */
int srtp_cm_init(struct srtp_cm *c, const unsigned char *master);
/* Encrypts and appends the tag: packet must have room for SRTP_CM_TAG more bytes; returns the new length. */
int srtp_cm_seal(struct srtp_cm *c, unsigned char *packet, int length);
/* Checks the tag and decrypts; returns the plain length, or -1 when it does not authenticate. */
int srtp_cm_open(struct srtp_cm *c, unsigned char *packet, int length);
#endif
