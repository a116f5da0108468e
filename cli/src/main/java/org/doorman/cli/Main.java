package org.doorman.cli;

import org.doorman.cli.commands.AttendanceCommand;
import org.doorman.cli.commands.CallsCommand;
import org.doorman.cli.commands.DeptCommand;
import org.doorman.cli.commands.DirectoryCommand;
import org.doorman.cli.commands.DoorsCommand;
import org.doorman.cli.commands.InitCommand;
import org.doorman.cli.commands.LogsCommand;
import org.doorman.cli.commands.MediaCommand;
import org.doorman.cli.commands.MessageCommand;
import org.doorman.cli.commands.ScheduleCommand;
import org.doorman.cli.commands.ServeCommand;
import org.doorman.cli.commands.ShiftCommand;
import org.doorman.cli.commands.StatusCommand;
import org.doorman.cli.commands.UnlockCommand;
import org.doorman.cli.commands.UserCommand;
import org.doorman.cli.server.Version;
import org.doorman.registrar.directory.DeviceKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The doorman command: `serve` runs the server; every other subcommand is a client of its management API. */
@Command(name = "doorman", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Intercom PBX: the SIP server for door stations (VTO), indoor monitors (VTH),"
                + " guard stations (VTS) and SIP phones.",
        subcommands = {ServeCommand.class, InitCommand.class, StatusCommand.class, CallsCommand.class,
            LogsCommand.class, MessageCommand.class, UserCommand.class, DeptCommand.class, ShiftCommand.class,
            ScheduleCommand.class, AttendanceCommand.class, UnlockCommand.class, DoorsCommand.class,
            MediaCommand.class})
public final class Main implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        String[] descriptions = {"Door stations", "Indoor monitors of rooms, and SIP phones as room extensions",
            "Management centres / guard stations", "IP cameras"};
        for (DeviceKind kind : DeviceKind.values()) {
            CommandLine sub = new CommandLine(new DirectoryCommand(kind));
            sub.getCommandSpec().usageMessage().description(descriptions[kind.ordinal()] + " (" + kind.name() + ").");
            cli.addSubcommand(kind.id(), sub);
        }
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CliException ce) {
                commandLine.getErr().println("doorman: " + ce.getMessage());
                return ce.exitCode();
            }
            throw e;
        });
        return cli;
    }

    /** Reports the packaged version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"doorman " + Version.get()};
        }
    }
}
