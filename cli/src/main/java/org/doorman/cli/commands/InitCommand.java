package org.doorman.cli.commands;

import java.io.Console;
import java.util.Map;
import java.util.concurrent.Callable;
import org.doorman.cli.CliException;
import org.doorman.cli.client.ClientOptions;
import org.doorman.conf.PasswordPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `doorman init`: sets the admin password the first time, under the manual's password policy. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Set the admin password (first time only). Policy: " + PasswordPolicy.RULE + ".")
public final class InitCommand implements Callable<Integer> {
    @Mixin ClientOptions client;
    @Option(names = "--password", paramLabel = "PW", description = "the admin password (asked for when omitted)")
    String password;

    @Override
    public Integer call() {
        String pw = password != null ? password : ask();
        PasswordPolicy.check(pw).ifPresent(reason -> {
            throw new CliException(CliException.REFUSED, "password: " + reason);
        });
        client.client().post("/api/init", Map.of("password", pw));
        System.out.println("doorman initialized: admin password set");
        return 0;
    }

    private static String ask() {
        Console console = System.console();
        if (console == null) {
            throw new CliException(CliException.REFUSED, "no terminal to ask for the password: pass --password PW");
        }
        String first = new String(console.readPassword("admin password: "));
        String again = new String(console.readPassword("again: "));
        if (!first.equals(again)) {
            throw new CliException(CliException.REFUSED, "the two passwords differ");
        }
        return first;
    }
}
