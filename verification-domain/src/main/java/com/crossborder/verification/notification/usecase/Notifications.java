package com.crossborder.verification.notification.usecase;

import com.crossborder.verification.notification.model.Outbox;
import com.crossborder.verification.notification.model.OutboxMessage;
import com.crossborder.verification.notification.model.SmsTemplate;
import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Queues an SMS in the outbox, in the transaction of the change that causes it; delivery happens later. */
@ApplicationScoped
public class Notifications {

    static final String PHONE_CONTEXT = "sms_outbox.phone";
    static final String TEXT_CONTEXT = "sms_outbox.text";

    private final Outbox outbox;
    private final FieldCipher cipher;
    private final BusinessClock clock;

    /** For the CDI client proxy only. */
    protected Notifications() {
        this(null, null, null);
    }

    @Inject
    public Notifications(Outbox outbox, FieldCipher cipher, BusinessClock clock) {
        this.outbox = outbox;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage send(PhoneNumber to, SmsTemplate template, Map<String, String> values) {
        OutboxMessage message = new OutboxMessage(
                template,
                cipher.encryptText(to.e164(), PHONE_CONTEXT),
                to.masked(),
                cipher.encryptText(template.render(values), TEXT_CONTEXT),
                clock.now());
        outbox.add(message);
        return message;
    }

    /** The clear number and text of a queued message, for the dispatcher only. */
    public PhoneNumber recipient(OutboxMessage message) {
        return PhoneNumber.ofE164(cipher.decryptText(message.phoneEncrypted(), PHONE_CONTEXT));
    }

    public String text(OutboxMessage message) {
        return cipher.decryptText(message.textEncrypted(), TEXT_CONTEXT);
    }
}
