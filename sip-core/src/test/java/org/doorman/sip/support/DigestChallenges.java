package org.doorman.sip.support;

import java.util.ListIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Response;
import org.doorman.registrar.auth.DigestAlgorithm;

/** Reads the WWW-Authenticate challenges of a 401 in tests. */
public final class DigestChallenges {
    private DigestChallenges() {}

    public static String nonce(Response r, DigestAlgorithm a) {
        return param(find(r, a), "nonce");
    }

    public static String realm(Response r, DigestAlgorithm a) {
        return param(find(r, a), "realm");
    }

    public static boolean stale(Response r) {
        return find(r, DigestAlgorithm.MD5).toLowerCase().contains("stale=true");
    }

    public static int count(Response r) {
        int n = 0;
        for (ListIterator<?> it = r.getHeaders(WWWAuthenticateHeader.NAME); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static String find(Response r, DigestAlgorithm a) {
        ListIterator<?> it = r.getHeaders(WWWAuthenticateHeader.NAME);
        if (!it.hasNext()) {
            it = r.getHeaders("Proxy-Authenticate");
        }
        while (it.hasNext()) {
            String h = it.next().toString();
            if (h.contains("algorithm=" + a.token() + ",") || h.contains("algorithm=" + a.token() + "\r")
                    || h.matches("(?s).*algorithm=" + Pattern.quote(a.token()) + "\\b.*")) {
                return h;
            }
        }
        throw new AssertionError("no " + a.token() + " challenge in " + r);
    }

    private static String param(String header, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(header);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + header);
        }
        return m.group(1);
    }
}
