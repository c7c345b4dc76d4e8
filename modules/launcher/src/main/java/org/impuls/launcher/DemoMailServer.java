package org.impuls.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * In demo mode without a configured SMTP server, a real SMTP server in this JVM takes every mail the
 * portal sends, so that mail goes the same way as in production; the demo mailbox page shows it.
 */
final class DemoMailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private DemoMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static DemoMailServer start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(FreePort.find(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new DemoMailServer(greenMail);
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
