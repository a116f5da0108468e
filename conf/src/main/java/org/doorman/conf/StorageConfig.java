package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The storage.* section: an empty url means the embedded H2 database under the data directory. */
public record StorageConfig(
        @JsonProperty("url") String url,
        @JsonProperty("user") String user,
        @JsonProperty("password") String password) {
    public StorageConfig {
        url = Checks.orDefault(url, "");
        user = Checks.orDefault(user, "");
        password = Checks.orDefault(password, "");
        if (!url.isEmpty() && !url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("url", url, "empty (embedded H2), a jdbc:h2: URL or a jdbc:postgresql: URL");
        }
    }

    public boolean embedded() {
        return url.isEmpty();
    }
}
