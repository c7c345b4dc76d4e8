package org.impuls.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.impuls.launcher.FreePort;
import org.impuls.launcher.Launcher;
import org.impuls.launcher.RunningPortal;
import org.impuls.launcher.Settings;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension that starts the real portal once per test JVM (the launcher, so embedded
 * PostgreSQL in a fresh folder plus Payara Micro on a free port, demo mode on) and stops it when
 * all tests are done. Test classes say {@code @ExtendWith(Portal.class)} and take a {@link
 * RunningPortal} or {@link Http} parameter.
 */
public class Portal implements BeforeAllCallback, ParameterResolver {

    private static final String KEY = "impuls-portal";

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    static RunningPortal running(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> start(), Started.class).portal();
    }

    private static Started start() {
        try {
            Path dataDir = Files.createTempDirectory("impuls-it-");
            Settings settings = Settings.fromEnvironment(Path.of("target", "impuls.war"))
                    .withHttpPort(FreePort.find())
                    .withDataDir(dataDir)
                    .withDemo(true);
            return new Started(Launcher.start(settings));
        } catch (Exception e) {
            throw new IllegalStateException("the portal did not start", e);
        }
    }

    /** Closed by JUnit when the root context ends, i.e. after the last test of the run. */
    private record Started(RunningPortal portal) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            portal.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningPortal.class || type == Http.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningPortal portal = running(context);
        return parameter.getParameter().getType() == Http.class ? new Http(portal.baseUrl()) : portal;
    }
}
