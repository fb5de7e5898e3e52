package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.SmsCode;
import com.crossborder.verification.account.model.SmsCodePolicy;
import com.crossborder.verification.account.model.SmsCodePurpose;
import com.crossborder.verification.account.model.SmsCodes;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Uses up the number's newest code of a purpose, or refuses; wrong tries are counted even though the caller fails. */
@ApplicationScoped
public class CodeCheck {

    @Inject
    SmsCodes codes;

    @Inject
    PhoneProtection protection;

    @Inject
    SmsCodePolicy policy;

    @Inject
    BusinessClock clock;

    /** Must run in the caller's transaction, which must not roll back on the refusal (the try has to count). */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Rejection.class)
    public void consume(String phoneIndex, SmsCodePurpose purpose, String typed) {
        SmsCode code = codes.newestLocked(phoneIndex, purpose)
                .orElseThrow(() -> Rejection.onField("code", Reason.SMS_CODE_INVALID));
        switch (code.attempt(typed, protection, policy, clock.now())) {
            case ACCEPTED -> {}
            case WRONG -> throw Rejection.onField("code", Reason.SMS_CODE_INVALID);
            case VOID -> throw Rejection.onField("code", Reason.SMS_CODE_EXPIRED);
        }
    }
}
