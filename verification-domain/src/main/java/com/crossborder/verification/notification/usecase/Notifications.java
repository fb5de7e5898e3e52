package com.crossborder.verification.notification.usecase;

import com.crossborder.verification.notification.model.Outbox;
import com.crossborder.verification.notification.model.OutboxMessage;
import com.crossborder.verification.notification.model.SmsTemplate;
import com.crossborder.verification.shared.crypto.BlindIndex;
import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Language;
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
    private final BlindIndex index;
    private final BusinessClock clock;

    /** For the CDI client proxy only. */
    protected Notifications() {
        this(null, null, null, null);
    }

    @Inject
    public Notifications(Outbox outbox, FieldCipher cipher, BlindIndex index, BusinessClock clock) {
        this.outbox = outbox;
        this.cipher = cipher;
        this.index = index;
        this.clock = clock;
    }

    /** Queues the text in simplified Chinese, the language of those who never chose one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage send(PhoneNumber to, SmsTemplate template, Map<String, String> values) {
        return send(to, template, values, Language.DEFAULT);
    }

    /** Queues the text in the reader's language. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage send(PhoneNumber to, SmsTemplate template, Map<String, String> values, Language language) {
        OutboxMessage message = new OutboxMessage(
                        template,
                        cipher.encryptText(to.e164(), PHONE_CONTEXT),
                        to.masked(),
                        cipher.encryptText(template.render(language, values), TEXT_CONTEXT),
                        clock.now())
                // the same index as an account's phone (PhoneProtection), so a holder's messages are found by it
                .toNumberIndexed(index.of("phone", to.e164()));
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
