package lianjian.console;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;

/**
 * Keeps Logback's own troubles off the terminal. Spring Boot registers a listener that prints
 * Logback's internal warnings and errors, with stack traces, on standard output; when the log file
 * cannot be written (a full disk) that was dozens of lines of Java in front of the user. The user
 * gets one Chinese line from the command instead ({@link ErrorLog}); Logback keeps its status
 * messages in its status manager. Runs right after Spring Boot has set logging up.
 */
public final class QuietLogbackStatus implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        StatusManager statuses = context.getStatusManager();
        for (StatusListener l : statuses.getCopyOfStatusListenerList()) {
            if (l instanceof OnConsoleStatusListener) statuses.remove(l);
        }
    }

    @Override
    public int getOrder() { return Ordered.LOWEST_PRECEDENCE; }
}
