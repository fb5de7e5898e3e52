package com.crossborder.verification.notification.infrastructure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * An SMSC the tests start themselves with jSMPP's server side, on a free port of the loopback interface only; the
 * web module's integration tests point a deployment at it too.
 */
public final class TestSmsc implements AutoCloseable {

    /** One submit_sm as the SMSC received it. */
    public record Received(String destination, byte dataCoding, boolean udhi, byte[] shortMessage, String messageId) {}

    public final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger(1000);
    private final SMPPServerSessionListener listener;
    private final Thread acceptor;
    public final int port;

    public TestSmsc() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        listener = new SMPPServerSessionListener(port, new LoopbackOnly());
        listener.setMessageReceiverListener(new Receiver());
        acceptor = new Thread(this::acceptLoop, "test-smsc");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                SMPPServerSession session = listener.accept();
                BindRequest bind = session.waitForBind(5_000);
                bind.accept("test-smsc");
                sessions.add(session);
            } catch (Exception stopped) {
                return;
            }
        }
    }

    int boundSessions() {
        return (int)
                sessions.stream().filter(s -> s.getSessionState().isBound()).count();
    }

    /** Sends a delivery receipt for a message id back over the current link. */
    public void deliveryReceipt(String messageId, DeliveryReceiptState state) throws Exception {
        SMPPServerSession session = sessions.stream()
                .filter(s -> s.getSessionState().isBound())
                .reduce((a, b) -> b)
                .orElseThrow();
        String receipt = new DeliveryReceipt(
                        messageId,
                        1,
                        state == DeliveryReceiptState.DELIVRD ? 1 : 0,
                        new Date(),
                        new Date(),
                        state,
                        "000",
                        "")
                .toString();
        session.deliverShortMessage(
                "",
                TypeOfNumber.INTERNATIONAL,
                NumberingPlanIndicator.ISDN,
                "8613800000000",
                TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN,
                "106900000",
                new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                (byte) 0,
                (byte) 0,
                new RegisteredDelivery(0),
                new GeneralDataCoding(Alphabet.ALPHA_DEFAULT),
                receipt.getBytes());
    }

    /** Drops every link, as a network failure would. */
    void dropLinks() {
        sessions.forEach(SMPPServerSession::close);
    }

    @Override
    public void close() throws IOException {
        acceptor.interrupt();
        dropLinks();
        listener.close();
    }

    private static final class LoopbackOnly implements ServerConnectionFactory {
        @Override
        public ServerConnection listen(int port) throws IOException {
            return new ServerSocketConnection(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
        }

        @Override
        public ServerConnection listen(int port, int timeout) throws IOException {
            ServerConnection connection = listen(port);
            connection.setSoTimeout(timeout);
            return connection;
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
            return listen(port, timeout);
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) {
            String id = Integer.toHexString(ids.incrementAndGet());
            received.add(new Received(
                    submit.getDestAddress(), submit.getDataCoding(), submit.isUdhi(), submit.getShortMessage(), id));
            try {
                return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) {
            return null;
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) {
            return null;
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) {}

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) {}

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) {
            return null;
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source) {}

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
                QueryBroadcastSm queryBroadcastSm, SMPPServerSession source) {
            return null;
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            return null;
        }
    }
}
