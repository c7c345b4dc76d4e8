package org.impuls.core.plugin;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.impuls.core.api.Plugin;

/**
 * CDI extension: every event observer of a plugin only hears events while its plugin is enabled, and
 * an observer that throws is contained instead of failing the one who fired the event: its plugin is
 * marked failed, or stays enabled where {@link FailurePolicy} says so (the platform's own modules, a
 * transient failure such as a deadlock). Core observers are left as they are.
 */
public class PluginObserverGuard implements Extension {

    private final List<Map.Entry<String, Class<?>>> pluginPackages = new ArrayList<>();

    void collectPlugins(@Observes ProcessAnnotatedType<? extends Plugin> type) {
        Class<?> javaClass = type.getAnnotatedType().getJavaClass();
        if (!javaClass.isInterface() && Plugin.class.isAssignableFrom(javaClass)) {
            pluginPackages.add(Map.entry(javaClass.getPackageName(), javaClass));
            pluginPackages.sort(Comparator.comparingInt(
                            (Map.Entry<String, Class<?>> e) -> e.getKey().length())
                    .reversed());
        }
    }

    <T, X> void guard(@Observes ProcessObserverMethod<T, X> event) {
        ObserverMethod<T> original = event.getObserverMethod();
        String beanPackage = original.getBeanClass().getPackageName();
        boolean ofAPlugin = pluginPackages.stream()
                .anyMatch(p -> beanPackage.equals(p.getKey()) || beanPackage.startsWith(p.getKey() + "."));
        if (!ofAPlugin) {
            return;
        }
        Class<?> beanClass = original.getBeanClass();
        String observer = "observer " + beanClass.getSimpleName() + "#"
                + (event.getAnnotatedMethod() == null
                        ? "?"
                        : event.getAnnotatedMethod().getJavaMember().getName());
        event.configureObserverMethod().notifyWith(context -> {
            // neither CDI.current() nor the extension's BeanManager can reach the application's beans
            // from here on Payara (several bean archives), so the registry hands itself over at start
            PluginRegistry registry = PluginRegistry.running();
            String pluginId =
                    registry == null ? null : registry.ownerOf(beanClass).orElse(null);
            if (pluginId == null || !registry.isActive(pluginId)) {
                return;
            }
            try {
                original.notify(context);
            } catch (RuntimeException e) {
                registry.contributionFailed(pluginId, observer, e);
            }
        });
    }
}
