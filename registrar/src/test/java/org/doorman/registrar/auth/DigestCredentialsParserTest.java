package org.doorman.registrar.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigestCredentialsParserTest {

    /** RFC 2617 section 3.5, as printed there (folded over lines). */
    static final String RFC2617_EXAMPLE = "Digest username=\"Mufasa\",\r\n"
            + "                 realm=\"testrealm@host.com\",\r\n"
            + "                 nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\",\r\n"
            + "                 uri=\"/dir/index.html\",\r\n"
            + "                 qop=auth,\r\n"
            + "                 nc=00000001,\r\n"
            + "                 cnonce=\"0a4f113b\",\r\n"
            + "                 response=\"6629fae49393a05397450978507c4ef1\",\r\n"
            + "                 opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"";

    private static final String REQUIRED = "realm=\"doorman\", nonce=\"n\", uri=\"sip:doorman\", response=\"r\"";

    @Test
    void parsesTheRfc2617Example() {
        DigestCredentials c = DigestCredentialsParser.parse(RFC2617_EXAMPLE);
        assertEquals(new DigestCredentials("Mufasa", "testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                "/dir/index.html", "6629fae49393a05397450978507c4ef1", DigestAlgorithm.MD5, "0a4f113b", "auth",
                "00000001", "5ccc069c403ebaf9f0171e9517f40e41"), c);
    }

    @Test
    void parsesATypicalSipRegister() {
        DigestCredentials c = DigestCredentialsParser.parse("Digest username=\"9901#1\",realm=\"doorman\","
                + "nonce=\"abc\",uri=\"sip:192.168.1.10\",response=\"0123\",algorithm=MD5");
        assertEquals("9901#1", c.username());
        assertEquals("sip:192.168.1.10", c.uri());
        assertNull(c.qop());
        assertNull(c.cnonce());
        assertNull(c.nc());
        assertNull(c.opaque());
    }

    @Test
    void userNamesAreKeptAsGivenWithHashOrPercentEncoding() {
        assertEquals("9901#1", DigestCredentialsParser.parse("Digest username=\"9901#1\", " + REQUIRED).username());
        assertEquals("9901%231", DigestCredentialsParser.parse("Digest username=\"9901%231\", " + REQUIRED).username());
        assertEquals("9901#1", DigestCredentialsParser.parse("Digest username=9901#1, " + REQUIRED).username());
    }

    @Test
    void quotedAndBareValuesAreEquivalent() {
        DigestCredentials quoted = DigestCredentialsParser.parse("Digest username=\"a\", realm=\"doorman\", nonce=\"n\","
                + " uri=\"sip:x\", response=\"r\", qop=\"auth\", nc=\"00000001\", cnonce=\"c\", algorithm=\"SHA-256\"");
        DigestCredentials bare = DigestCredentialsParser.parse("Digest username=a, realm=doorman, nonce=n,"
                + " uri=sip:x, response=r, qop=auth, nc=00000001, cnonce=c, algorithm=SHA-256");
        assertEquals(quoted, bare);
        assertEquals(DigestAlgorithm.SHA_256, bare.algorithm());
    }

    @Test
    void commasAndEqualsSignsInsideQuotesBelongToTheValue() {
        DigestCredentials c = DigestCredentialsParser.parse(
                "Digest username=\"a, b=c\", uri=\"sip:9901@10.0.0.1;transport=udp,x\", realm=\"doorman\", nonce=\"n\", response=\"r\"");
        assertEquals("a, b=c", c.username());
        assertEquals("sip:9901@10.0.0.1;transport=udp,x", c.uri());
    }

    @Test
    void escapedQuotesAndBackslashesAreUnescaped() {
        DigestCredentials c = DigestCredentialsParser.parse(
                "Digest username=\"say \\\"hi\\\" \\\\o/\", realm=\"a\\bc\", nonce=\"n\", uri=\"sip:x\", response=\"r\"");
        assertEquals("say \"hi\" \\o/", c.username());
        assertEquals("abc", c.realm());
    }

    @Test
    void extraWhitespaceTabsAndEmptyListElementsAreTolerated() {
        DigestCredentials c = DigestCredentialsParser.parse(
                "  Digest \t username = \"u\" ,, ,\trealm=\"doorman\"\r\n\t, nonce = n , uri=\"sip:x\",response=r ,  ");
        assertEquals("u", c.username());
        assertEquals("doorman", c.realm());
        assertEquals("n", c.nonce());
        assertEquals("r", c.response());
    }

    @Test
    void schemeAndParameterNamesAreCaseInsensitive() {
        DigestCredentials c = DigestCredentialsParser.parse(
                "DIGEST UserName=\"u\", REALM=\"doorman\", Nonce=\"n\", URI=\"sip:x\", Response=\"r\", Algorithm=sha-256");
        assertEquals("u", c.username());
        assertEquals(DigestAlgorithm.SHA_256, c.algorithm());
    }

    @Test
    void unknownParametersAreIgnored() {
        DigestCredentials c = DigestCredentialsParser.parse(
                "Digest userhash=false, foo=\"bar, baz\", username=\"u\", x-vendor=1, " + REQUIRED);
        assertEquals("u", c.username());
    }

    @Test
    void emptyOptionalValueIsKeptEmpty() {
        assertEquals("", DigestCredentialsParser.parse("Digest username=u, opaque=\"\", " + REQUIRED).opaque());
    }

    @Test
    void absentAlgorithmMeansMd5() {
        assertEquals(DigestAlgorithm.MD5, DigestCredentialsParser.parse("Digest username=u, " + REQUIRED).algorithm());
    }

    @Test
    void unsupportedAlgorithmIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DigestCredentialsParser.parse("Digest username=u, algorithm=MD5-sess, " + REQUIRED));
        assertTrue(e.getMessage().contains("unsupported algorithm 'MD5-sess'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"username", "realm", "nonce", "uri", "response"})
    void missingRequiredFieldIsNamed(String field) {
        String header = "Digest " + String.join(", ", "username=\"u\"", "realm=\"doorman\"", "nonce=\"n\"",
                "uri=\"sip:x\"", "response=\"r\"").replaceAll(field + "=\"[^\"]*\"(, )?", "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DigestCredentialsParser.parse(header));
        assertEquals("Digest credentials: " + field + " is missing", e.getMessage());
    }

    @Test
    void emptyRequiredFieldIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DigestCredentialsParser.parse("Digest username=\"\", " + REQUIRED));
        assertEquals("Digest credentials: username is empty", e.getMessage());
    }

    @Test
    void qopWithoutCnonceOrNcIsRefused() {
        IllegalArgumentException noCnonce = assertThrows(IllegalArgumentException.class,
                () -> DigestCredentialsParser.parse("Digest username=u, qop=auth, nc=00000001, " + REQUIRED));
        assertTrue(noCnonce.getMessage().contains("cnonce"), noCnonce.getMessage());
        IllegalArgumentException noNc = assertThrows(IllegalArgumentException.class,
                () -> DigestCredentialsParser.parse("Digest username=u, qop=auth, cnonce=c, " + REQUIRED));
        assertTrue(noNc.getMessage().contains("nc"), noNc.getMessage());
    }

    @Test
    void garbageIsRefusedWithAMessageSayingWhy() {
        assertRefused(null, "missing");
        assertRefused("", "expected the Digest scheme, got ''");
        assertRefused("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "expected the Digest scheme, got 'Basic'");
        assertRefused("Digest", "no parameters");
        assertRefused("Digest   ,  ", "no parameters");
        assertRefused("Digest username", "expected '=' after parameter 'username'");
        assertRefused("Digest username=", "parameter 'username' has no value");
        assertRefused("Digest username=\"abc", "unterminated quoted value of 'username'");
        assertRefused("Digest username=\"abc\\", "unterminated quoted value of 'username'");
        assertRefused("Digest username=\"u\" realm=\"r\"", "expected ',' after the value of 'username'");
        assertRefused("Digest username=ab\"c\"", "unexpected '\"' in the value of 'username'");
        assertRefused("Digest =x", "expected a parameter name at character 7");
        assertRefused("Digest username=a, username=b, " + REQUIRED, "parameter 'username' appears twice");
        assertRefused("Digest username=\"a\u0000b\", " + REQUIRED, "control character in the value of 'username'");
        assertRefused("Digest username=\"" + "x".repeat(DigestCredentialsParser.MAX_LENGTH) + "\"", "longer than 4096");
    }

    @Test
    void longGarbageIsNotEchoedInFull() {
        String scheme = "X".repeat(1000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DigestCredentialsParser.parse(scheme + " a=b"));
        assertTrue(e.getMessage().length() < 120, e.getMessage());
    }

    private static void assertRefused(String header, String expectedInMessage) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DigestCredentialsParser.parse(header), String.valueOf(header));
        assertTrue(e.getMessage().startsWith("Digest credentials: "), e.getMessage());
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }
}
