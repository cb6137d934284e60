package io.fastjpa.container;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Records what FastJPA logs (logger {@code io.fastjpa}, INFO and above) while it is open. */
final class LogRecorder extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("io.fastjpa");
    private final Level previousLevel = logger.getLevel();
    private final SimpleFormatter formatter = new SimpleFormatter();
    private final List<String> messages = new CopyOnWriteArrayList<>();

    private LogRecorder() {
        logger.setLevel(Level.INFO);
        logger.addHandler(this);
    }

    static LogRecorder start() {
        return new LogRecorder();
    }

    /** @return the messages logged so far, formatted */
    List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void publish(LogRecord record) {
        messages.add(formatter.formatMessage(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }
}
