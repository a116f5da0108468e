package org.doorman.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.doorman.registrar.auth.LoginGuard;

/**
 * /api/init sets the first admin password (token required: only the box's operator can);
 * /api/token trades the admin password for the token, for remote use, with the same lockout as
 * devices: 5 wrong passwords lock that source for 5 minutes.
 */
public final class AdminRoute implements Route {
    private final AdminAccount account;
    private final LoginGuard guard;
    private final String token;

    public AdminRoute(AdminAccount account, LoginGuard guard, String token) {
        this.account = account;
        this.guard = guard;
        this.token = token;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        if (!"POST".equals(ex.method())) {
            throw new ApiException(405, null, "use POST");
        }
        String password = text(ex.body(), "password");
        if ("init".equals(ex.segment(0))) {
            account.initialize(password);
            ex.send(200, Map.of("initialized", true));
            return;
        }
        String source = ex.remoteAddress();
        if (guard.isLocked("admin", source)) {
            throw new ApiException(403, null, "too many wrong passwords: locked, try again later");
        }
        if (!account.verify(password)) {
            guard.recordFailure("admin", source);
            throw new ApiException(401, "password", "wrong admin password (or doorman is not initialized)");
        }
        guard.recordSuccess("admin", source);
        ex.send(200, Map.of("token", token));
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual()) {
            throw new ApiException(400, field, "the field '" + field + "' is required");
        }
        return v.asText();
    }
}
