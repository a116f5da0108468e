/* AES_CM_128_HMAC_SHA1_80 SRTP for rtpgen; see srtp_cm.h. Packets have a 12-byte header (no CSRC,
 * no extension), which is what rtpgen sends and what the relays forward. */
#define OPENSSL_SUPPRESS_DEPRECATED /* HMAC_CTX: the one OpenSSL 3 MAC that re-inits without re-keying */
#include "srtp_cm.h"
#include <string.h>

#define HEADER 12

/* AES-CM keystream (RFC 3711 4.1.1) under key from iv, n bytes, XORed into out (zeros give the keystream). */
static int aes_cm(EVP_CIPHER_CTX *aes, const unsigned char *key, const unsigned char *iv, unsigned char *buf, int n) {
    int len;
    return EVP_EncryptInit_ex(aes, key ? EVP_aes_128_ctr() : NULL, NULL, key, iv) == 1
        && EVP_EncryptUpdate(aes, buf, &len, buf, n) == 1;
}

/* RFC 3711 4.3.1 with key_derivation_rate 0: AES-CM of zeros from IV = master salt XOR (label << 48). */
static int derive(const unsigned char *master, int label, unsigned char *out, int n) {
    unsigned char iv[16] = {0};
    memcpy(iv, master + 16, 14);
    iv[7] ^= label;
    memset(out, 0, n);
    EVP_CIPHER_CTX *aes = EVP_CIPHER_CTX_new();
    int ok = aes && aes_cm(aes, master, iv, out, n);
    EVP_CIPHER_CTX_free(aes);
    return ok;
}

int srtp_cm_init(struct srtp_cm *c, const unsigned char *master) {
    unsigned char key[16], auth[20];
    unsigned char iv[16] = {0};
    memset(c, 0, sizeof *c);
    c->last_seq = -1;
    c->aes = EVP_CIPHER_CTX_new();
    c->mac = HMAC_CTX_new();
    return c->aes && c->mac && derive(master, 0, key, 16) && derive(master, 1, auth, 20) && derive(master, 2, c->salt, 14)
        && aes_cm(c->aes, key, iv, key, 0) && HMAC_Init_ex(c->mac, auth, 20, EVP_sha1(), NULL) == 1;
}

static void packet_iv(const struct srtp_cm *c, const unsigned char *p, uint32_t roc, unsigned char *iv) {
    memset(iv, 0, 16);
    memcpy(iv, c->salt, 14);
    for (int i = 0; i < 4; i++) iv[4 + i] ^= p[8 + i];  /* SSRC */
    iv[8] ^= roc >> 24; iv[9] ^= roc >> 16; iv[10] ^= roc >> 8; iv[11] ^= roc;
    iv[12] ^= p[2]; iv[13] ^= p[3];                    /* index = ROC || SEQ */
}

static int tag(struct srtp_cm *c, const unsigned char *p, int length, uint32_t roc, unsigned char *out) {
    unsigned char r[4] = {roc >> 24, roc >> 16, roc >> 8, roc}, full[20];
    unsigned int n;
    if (HMAC_Init_ex(c->mac, NULL, 0, NULL, NULL) != 1 || HMAC_Update(c->mac, p, length) != 1
        || HMAC_Update(c->mac, r, 4) != 1 || HMAC_Final(c->mac, full, &n) != 1)
        return 0;
    memcpy(out, full, SRTP_CM_TAG);
    return 1;
}

/* The ROC of a packet with this sequence number, given the highest seen so far (RFC 3711 3.3.1). */
static uint32_t guess_roc(const struct srtp_cm *c, int seq) {
    if (c->last_seq < 0) return c->roc;
    if (c->last_seq < 32768) return seq - c->last_seq > 32768 ? c->roc - 1 : c->roc;
    return c->last_seq - 32768 > seq ? c->roc + 1 : c->roc;
}

static void advance(struct srtp_cm *c, int seq, uint32_t roc) {
    if (roc > c->roc || (roc == c->roc && seq > c->last_seq)) {
        c->roc = roc;
        c->last_seq = seq;
    }
}

int srtp_cm_seal(struct srtp_cm *c, unsigned char *p, int length) {
    unsigned char iv[16];
    int seq = p[2] << 8 | p[3];
    uint32_t roc = guess_roc(c, seq);
    packet_iv(c, p, roc, iv);
    if (length < HEADER || !aes_cm(c->aes, NULL, iv, p + HEADER, length - HEADER) || !tag(c, p, length, roc, p + length))
        return -1;
    advance(c, seq, roc);
    return length + SRTP_CM_TAG;
}

int srtp_cm_open(struct srtp_cm *c, unsigned char *p, int length) {
    unsigned char iv[16], want[SRTP_CM_TAG];
    if (length < HEADER + SRTP_CM_TAG) return -1;
    int seq = p[2] << 8 | p[3], plain = length - SRTP_CM_TAG;
    uint32_t roc = guess_roc(c, seq);
    if (!tag(c, p, plain, roc, want) || CRYPTO_memcmp(want, p + plain, SRTP_CM_TAG)) return -1;
    packet_iv(c, p, roc, iv);
    if (!aes_cm(c->aes, NULL, iv, p + HEADER, plain - HEADER)) return -1;
    advance(c, seq, roc);
    return plain;
}
