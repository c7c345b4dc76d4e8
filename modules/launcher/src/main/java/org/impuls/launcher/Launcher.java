package org.impuls.launcher;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.ClusterCommandResult;
import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import fish.payara.micro.boot.AdminCommandRunner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Starts the whole portal in this JVM: database first, then Payara Micro with the WAR. */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> FailedStart.exit(failure));
        Settings settings;
        RunningPortal portal;
        try {
            settings = Settings.fromEnvironment(besideThisJar("impuls.war"));
            if (BackupCommands.handles(args)) {
                System.exit(BackupCommands.run(args, settings));
                return;
            }
            portal = start(settings);
        } catch (InvalidSettingException refused) {
            // a configuration mistake, not a bug: the one line that says what to set, no stack trace
            System.err.println("Impuls did not start: " + refused.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "impuls-shutdown"));
        System.out.println(
                "Impuls is running at " + settings.publicAddress() + "/ (demo mode: " + settings.demo() + ")");
    }

    /** Starts the portal and returns once it is deployed. */
    public static RunningPortal start(Settings settings) throws Exception {
        if (!Files.isRegularFile(settings.war())) {
            throw new IllegalStateException(
                    "the portal WAR is missing at " + settings.war() + "; build it with mvn package");
        }
        // refuse a missing or malformed public address before anything is started
        String publicAddress = settings.publicAddress();
        BackupSchedule backupSchedule = BackupSchedule.fromEnvironment();
        long begin = System.nanoTime();
        PortalLock lock = StartChecks.verify(settings);
        System.setProperty("java.awt.headless", "true"); // thumbnails are drawn without a display
        Optional<EmbeddedDatabase> embedded = Optional.empty();
        if (settings.externalDbUrl().isEmpty()) {
            EmbeddedDatabase database = EmbeddedDatabase.start(settings.dataDir());
            embedded = Optional.of(database);
            System.setProperty("impuls.db.url", database.jdbcUrl());
            System.setProperty("impuls.db.user", EmbeddedDatabase.NAME);
            System.setProperty("impuls.db.password", EmbeddedDatabase.NAME);
            log(
                    "embedded PostgreSQL on port %d, data in %s",
                    database.port(), settings.dataDir().resolve("postgres"));
        } else {
            // without the query string: it may carry a password
            log("external PostgreSQL at %s", settings.externalDbUrl().get().replaceAll("\\?.*", ""));
        }
        System.setProperty("impuls.demo", Boolean.toString(settings.demo()));
        System.setProperty("impuls.base-url", publicAddress);
        if (Settings.read("impuls.media.dir").isEmpty()) {
            System.setProperty(
                    "impuls.media.dir", settings.dataDir().resolve("media").toString());
        }
        // the operator's admin page lists the backups of this folder
        System.setProperty(
                "impuls.backup.dir", ScheduledBackups.folder(settings).toString());
        Optional<DemoMailServer> demoMail = Optional.empty();
        if (settings.demo() && Settings.read("impuls.smtp.host").isEmpty()) {
            DemoMailServer mail = DemoMailServer.start();
            demoMail = Optional.of(mail);
            System.setProperty("impuls.smtp.host", "127.0.0.1");
            System.setProperty("impuls.smtp.port", String.valueOf(mail.port()));
            log("demo mail server (SMTP) on port %d; mails appear at /demo/postfach", mail.port());
        }

        log("%s", settings.listeningNote());
        PayaraMicroRuntime runtime = boot(settings);
        if (!Readiness.answersReady(settings.localAddress(), settings.httpPort(), Duration.ofSeconds(30))) {
            // Payara keeps running and answers 404 after a failed deployment: refuse to pretend
            runtime.shutdown();
            embedded.ifPresent(EmbeddedDatabase::closeQuietly);
            demoMail.ifPresent(DemoMailServer::close);
            lock.close();
            throw new IllegalStateException("the portal failed to deploy; the reason is logged above");
        }
        log("portal up in %d ms", (System.nanoTime() - begin) / 1_000_000);
        OptionalInt databasePort =
                embedded.map(database -> OptionalInt.of(database.port())).orElse(OptionalInt.empty());
        Optional<ScheduledBackups> backups = ScheduledBackups.start(settings, backupSchedule, databasePort);
        return new RunningPortal(runtime, embedded, demoMail, settings.httpPort(), lock, backups, settings.dataDir());
    }

    private static PayaraMicroRuntime boot(Settings settings) throws BootstrapException, IOException {
        PayaraMicro payara = PayaraMicro.getInstance()
                .setHttpPort(settings.httpPort())
                .setPrintLogo(false)
                .setLogPropertiesFile(loggingConfiguration(settings.logFormat()).toFile())
                .addDeploymentFile(PluginDropIn.prepare(
                                settings.war(),
                                settings.plugins(),
                                settings.dataDir().resolve("work"))
                        .toFile());
        payara.setPreBootHandler(commands -> listenOn(commands, settings.listenAddress()));
        if (settings.cluster()) {
            payara.setHzClusterName("impuls");
        } else {
            payara.setNoHazelcast(true); // a single node needs no data grid; saves about 3 s of start-up
        }
        return payara.bootStrap();
    }

    /** Binds the HTTP listener to one interface (Payara Micro's own options only choose the port). */
    private static void listenOn(AdminCommandRunner commands, String address) {
        ClusterCommandResult result = commands.run(
                "set",
                "configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address="
                        + address);
        if (result.getExitStatus() == ClusterCommandResult.ExitStatus.FAILURE) {
            // never fall back to all interfaces silently: in demo mode that would publish passwords and mails
            throw new IllegalStateException(
                    "could not bind the HTTP listener to " + address + ": " + result.getOutput(),
                    result.getFailureCause());
        }
    }

    private static Path loggingConfiguration(String format) throws IOException {
        Path file = Files.createTempFile("impuls-logging-", ".properties");
        file.toFile().deleteOnExit();
        try (var in = Launcher.class.getResourceAsStream("logging-" + format + ".properties")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static Path besideThisJar(String name) throws URISyntaxException {
        Path location = Path.of(Launcher.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        // target/impuls.jar or target/classes: the WAR is copied to target/ in both cases
        return location.getParent().resolve(name);
    }

    static void log(String format, Object... args) {
        System.out.println("[impuls-launcher] " + String.format(format, args));
    }
}
