package dev.shoprules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingSetupTest {
    @Test
    void theCommandLineLogsWarningsToStderrOnly() {
        LoggerContext context = new LoggerContext();
        assertThat(new LoggingSetup().configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class,
                a -> assertThat(a.getTarget()).isEqualTo("System.err"));
        // Unless SHOPRULES_LOG names a level, ShopRules' own loggers are as quiet as the rest.
        if (System.getenv("SHOPRULES_LOG") == null && System.getProperty("SHOPRULES_LOG") == null) {
            assertThat(context.getLogger("dev.shoprules.core").getEffectiveLevel()).isEqualTo(Level.WARN);
        }
    }

    @Test
    void isWhatLogbackFindsAndConfiguresTheCommandLinesLogging() {
        assertThat(ServiceLoader.load(Configurator.class)).hasAtLeastOneElementOfType(LoggingSetup.class);
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("STDERR")).isNotNull();
    }
}
