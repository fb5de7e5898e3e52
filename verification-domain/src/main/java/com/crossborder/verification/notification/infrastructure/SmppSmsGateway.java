package com.crossborder.verification.notification.infrastructure;

import com.crossborder.verification.notification.model.SmsGateway;
import com.crossborder.verification.shared.model.PhoneNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;

/**
 * Sends SMS to an SMSC over SMPP 3.4 with jSMPP: one transceiver bind, Chinese text as UCS2 (data coding 8),
 * long texts split into parts of 67 characters joined by a concatenation header, delivery receipts passed to
 * the outbox, and a background reconnect whenever the link drops. A part the SMSC acknowledged is never sent again.
 */
public final class SmppSmsGateway implements SmsGateway, AutoCloseable {

    /** Where the SMSC is and how to talk to it. */
    public record Settings(
            String host,
            int port,
            String systemId,
            String password,
            String systemType,
            String sourceAddress,
            Duration enquireLinkInterval,
            Duration transactionTimeout,
            Duration reconnectDelay) {
        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(systemId, "systemId");
            Objects.requireNonNull(sourceAddress, "sourceAddress");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("SMPP port out of range: " + port);
            }
        }
    }

    /** A carrier's receipt for one part. */
    public record DeliveryReport(String messageId, boolean delivered, String finalState) {}

    private static final Logger LOG = Logger.getLogger(SmppSmsGateway.class.getName());
    /** 140 octets a message: 70 UCS2 units, or 67 once the 6-octet concatenation header takes its share. */
    static final int SINGLE_UNITS = 70;

    static final int PART_UNITS = 67;

    private final Settings settings;
    private final Consumer<DeliveryReport> receipts;
    private final ScheduledExecutorService reconnector = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "smpp-reconnect");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger reference = new AtomicInteger();
    private volatile SMPPSession session;
    private volatile boolean closed;

    public SmppSmsGateway(Settings settings, Consumer<DeliveryReport> receipts) {
        this.settings = settings;
        this.receipts = receipts;
        reconnector.execute(this::connect);
    }

    @Override
    public List<String> send(PhoneNumber to, String text) throws SmsNotSentException {
        return send(to, text, null);
    }

    /**
     * Sends with the TLV {@code user_message_reference} derived from the outbox id (the same on a resend under the
     * resend rule), for SMSCs that deduplicate on it; SMPP 3.4 itself promises no deduplication.
     */
    @Override
    public List<String> send(PhoneNumber to, String text, UUID messageId) throws SmsNotSentException {
        OptionalParameter[] clientReference = messageId == null
                ? new OptionalParameter[0]
                : new OptionalParameter[] {new OptionalParameter.User_message_reference(userReference(messageId))};
        SMPPSession current = session;
        if (current == null || !current.getSessionState().isBound()) {
            throw new SmsNotSentException("SMPP link is not bound", null);
        }
        List<byte[]> parts = split(text, (byte) reference.incrementAndGet());
        boolean concatenated = parts.size() > 1;
        ESMClass esm = concatenated
                ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI)
                : new ESMClass();
        List<String> ids = new ArrayList<>();
        for (byte[] part : parts) {
            try {
                ids.add(current.submitShortMessage(
                                settings.systemType(),
                                TypeOfNumber.ALPHANUMERIC,
                                NumberingPlanIndicator.UNKNOWN,
                                settings.sourceAddress(),
                                TypeOfNumber.INTERNATIONAL,
                                NumberingPlanIndicator.ISDN,
                                to.e164().substring(1),
                                esm,
                                (byte) 0,
                                (byte) 1,
                                null,
                                null,
                                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                                (byte) 0,
                                new GeneralDataCoding(Alphabet.ALPHA_UCS2),
                                (byte) 0,
                                part,
                                clientReference)
                        .getMessageId());
            } catch (Exception failed) {
                if (ids.isEmpty()) {
                    throw new SmsNotSentException(
                            "SMSC did not take the message: "
                                    + failed.getClass().getSimpleName(),
                            failed);
                }
                // Some parts are with the carrier already: sending again would duplicate them.
                throw new IllegalStateException("SMSC took " + ids.size() + " of " + parts.size() + " parts", failed);
            }
        }
        return ids;
    }

    /** A 16-bit reference that stays the same for one outbox message. */
    static short userReference(UUID messageId) {
        return (short) (messageId.getLeastSignificantBits() ^ messageId.getMostSignificantBits());
    }

    @Override
    public boolean reportsDelivery() {
        return true;
    }

    public boolean isBound() {
        SMPPSession current = session;
        return current != null && current.getSessionState().isBound();
    }

    /**
     * The text as UCS2 short messages: one when it fits in 70 units, else parts of at most 67 units, each
     * prefixed by the header {@code 05 00 03 ref total seq}. A surrogate pair is never cut in two.
     */
    static List<byte[]> split(String text, byte ref) {
        if (text.length() <= SINGLE_UNITS) {
            return List.of(text.getBytes(StandardCharsets.UTF_16BE));
        }
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + PART_UNITS, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            chunks.add(text.substring(start, end));
            start = end;
        }
        if (chunks.size() > 255) {
            throw new IllegalArgumentException("text too long for one concatenated SMS");
        }
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            byte[] payload = chunks.get(i).getBytes(StandardCharsets.UTF_16BE);
            byte[] part = new byte[6 + payload.length];
            part[0] = 0x05;
            part[1] = 0x00;
            part[2] = 0x03;
            part[3] = ref;
            part[4] = (byte) chunks.size();
            part[5] = (byte) (i + 1);
            System.arraycopy(payload, 0, part, 6, payload.length);
            parts.add(part);
        }
        return parts;
    }

    private void connect() {
        if (closed) {
            return;
        }
        SMPPSession fresh = new SMPPSession();
        fresh.setEnquireLinkTimer((int) settings.enquireLinkInterval().toMillis());
        fresh.setTransactionTimer(settings.transactionTimeout().toMillis());
        fresh.setMessageReceiverListener(new Receipts());
        try {
            fresh.connectAndBind(
                    settings.host(),
                    settings.port(),
                    new BindParameter(
                            BindType.BIND_TRX,
                            settings.systemId(),
                            settings.password(),
                            settings.systemType(),
                            TypeOfNumber.UNKNOWN,
                            NumberingPlanIndicator.UNKNOWN,
                            null));
            fresh.addSessionStateListener((newState, oldState, source) -> {
                if (newState == SessionState.CLOSED && !closed) {
                    LOG.warning("SMPP link to " + settings.host() + ":" + settings.port() + " closed; reconnecting");
                    scheduleReconnect();
                }
            });
            session = fresh;
            LOG.info(() -> "SMPP bound as transceiver to " + settings.host() + ":" + settings.port());
        } catch (IOException | RuntimeException unreachable) {
            LOG.log(
                    Level.WARNING,
                    "SMPP bind to " + settings.host() + ":" + settings.port() + " failed: " + unreachable.getMessage());
            fresh.close();
            scheduleReconnect();
        }
    }

    private void scheduleReconnect() {
        if (!closed) {
            reconnector.schedule(this::connect, settings.reconnectDelay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        closed = true;
        reconnector.shutdownNow();
        SMPPSession current = session;
        if (current != null) {
            current.unbindAndClose();
        }
    }

    /** Answers every deliver_sm and hands receipts to the outbox; nothing else is expected from the SMSC. */
    private final class Receipts implements MessageReceiverListener {
        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            if (!deliverSm.isSmscDeliveryReceipt()) {
                return;
            }
            try {
                DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
                receipts.accept(new DeliveryReport(
                        receipt.getId(),
                        receipt.getFinalStatus() == DeliveryReceiptState.DELIVRD,
                        String.valueOf(receipt.getFinalStatus())));
            } catch (Exception unreadable) {
                LOG.warning("unreadable SMPP delivery receipt: " + unreadable.getMessage());
            }
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
            // not used
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            return null;
        }
    }
}
