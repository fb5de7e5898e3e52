package com.crossborder.verification.web.support;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.usecase.SmsCodeRequests;
import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.identity.model.DocumentNumber;
import com.crossborder.verification.identity.model.DocumentType;
import com.crossborder.verification.notification.model.OutboxMessage;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.PhoneNumber;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.support.model.HolderKey;
import com.crossborder.verification.support.model.SupportReason;
import com.crossborder.verification.support.usecase.HolderFiles;
import com.crossborder.verification.support.usecase.HolderLookup;
import com.crossborder.verification.web.api.Answers;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Customer service: exact-match lookup of holders, one holder's file, a password-reset code. Every call states why,
 * in the header {@code X-Support-Reason} (or, for the GETs, the query parameter {@code reason}; for the POST, the body's
 * {@code reason}); without one it is refused with 422 {@code SUPPORT_REASON_REQUIRED}. The reason goes into the
 * audit row. (The {@code /unlock} action on a holder lives in another resource.)
 */
@Path("/v1/support/holders")
@RequestScoped
@RolesAllowed({"CUSTOMER_SERVICE", "ADMIN"})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "support")
public class SupportResource {

    public static final String REASON_HEADER = "X-Support-Reason";

    /** A card in a lookup result: number masked. */
    public record CardSummary(String maskedCardNumber, String verificationStatus) {}

    /** A holder found: phone masked, whether the login is locked, the cards on the account. */
    public record HolderSummary(
            String accountId,
            String phoneMasked,
            Instant registeredAt,
            String language,
            boolean locked,
            List<CardSummary> cards) {}

    /** The answer to a lookup. */
    public record Holders(List<HolderSummary> holders) {}

    /** A card on the holder's account. */
    public record CardEntry(String id, String cardNumber, String verificationStatus, Instant verifiedAt) {}

    /** One of the holder's applications, document masked. */
    public record ApplicationEntry(
            String id,
            String cardNumber,
            String status,
            String documentType,
            String maskedNumber,
            Instant createdAt,
            Instant submittedAt,
            Instant decidedAt,
            String reasonCode) {}

    /** One SMS to the holder's phone: which template, when, and how far it got; never its text. */
    public record SmsEntry(
            String id,
            String template,
            String phoneMasked,
            String status,
            int attempts,
            Instant createdAt,
            Instant sentAt,
            Instant deliveredAt) {}

    /** One holder's file. */
    public record HolderView(
            String accountId,
            String phoneMasked,
            Instant registeredAt,
            String language,
            boolean locked,
            Instant lockedUntil,
            List<CardEntry> cards,
            List<ApplicationEntry> applications,
            List<SmsEntry> sms) {}

    /** Why a reset code is sent (or in the header). */
    public static class ActionRequest {
        @Size(max = 400) public String reason;
    }

    @Inject
    HolderLookup lookup;

    @Inject
    HolderFiles files;

    @Inject
    SmsCodeRequests codeRequests;

    @Inject
    CardNumber.Format cardFormat;

    @Inject
    BusinessClock clock;

    @Inject
    Caller caller;

    @GET
    @Operation(
            summary = "Find holders by exactly one of phone, cardNumber, or documentNumber with documentType (exact "
                    + "match through the blind indexes; masked results); reason required (X-Support-Reason or reason); "
                    + "each lookup audited")
    public Holders find(
            @QueryParam("phone") String phone,
            @QueryParam("cardNumber") String cardNumber,
            @QueryParam("documentNumber") String documentNumber,
            @QueryParam("documentType") String documentType,
            @HeaderParam(REASON_HEADER) String reasonHeader,
            @QueryParam("reason") String reasonQuery) {
        SupportReason why = reason(reasonHeader, reasonQuery);
        HolderKey key = key(phone, cardNumber, documentNumber, documentType);
        return new Holders(lookup.find(caller.actor(), key, why).stream()
                .map(found -> new HolderSummary(
                        found.account().id().toString(),
                        found.account().displayName(),
                        found.account().createdAt(),
                        found.account().language().tag(),
                        found.locked(),
                        found.cards().stream()
                                .map(card -> new CardSummary(
                                        "****" + card.number().lastFour(),
                                        card.status().name()))
                                .toList()))
                .toList());
    }

    @GET
    @Path("/{accountId}")
    @Operation(
            summary = "One holder: cards, applications (document masked) and recent SMS with delivery status (never "
                    + "the text); reason required; each view audited")
    public HolderView holder(
            @PathParam("accountId") String accountId,
            @HeaderParam(REASON_HEADER) String reasonHeader,
            @QueryParam("reason") String reasonQuery) {
        SupportReason why = reason(reasonHeader, reasonQuery);
        HolderFiles.HolderFile file = files.of(caller.actor(), accountId(accountId), why);
        Account account = file.account();
        return new HolderView(
                account.id().toString(),
                account.displayName(),
                account.createdAt(),
                account.language().tag(),
                file.lockedUntil().isPresent(),
                file.lockedUntil().orElse(null),
                file.cards().stream().map(SupportResource::cardEntry).toList(),
                file.applications().stream()
                        .map(entry -> applicationEntry(entry.application(), entry.identity()))
                        .toList(),
                file.sms().stream().map(SupportResource::smsEntry).toList());
    }

    @POST
    @Path("/{accountId}/password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send the holder a password-reset code by SMS; reason required (X-Support-Reason or the body's "
                    + "reason); 202; audited")
    @APIResponse(
            responseCode = "202",
            description = "A code is on its way",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Accepted")))
    @APIResponse(responseCode = "422", description = "SUPPORT_REASON_REQUIRED")
    public Response passwordReset(
            @PathParam("accountId") String accountId,
            @HeaderParam(REASON_HEADER) String reasonHeader,
            @Valid ActionRequest request) {
        SupportReason why = reason(reasonHeader, request == null ? null : request.reason);
        codeRequests.startPasswordReset(caller.actor(), accountId(accountId), why.text());
        return Response.accepted(Answers.Accepted.ACCEPTED).build();
    }

    /**
     * The header's reason, else the fallback's. HTTP header values are Latin-1, so a reason in Chinese goes into the
     * header percent-encoded as UTF-8 ({@code %E6%9D%A5...}), and is decoded here.
     */
    private static SupportReason reason(String header, String fallback) {
        if (header == null || header.isBlank()) {
            return SupportReason.of(fallback);
        }
        try {
            return SupportReason.of(header.contains("%") ? URLDecoder.decode(header, StandardCharsets.UTF_8) : header);
        } catch (IllegalArgumentException malformed) {
            return SupportReason.of(header);
        }
    }

    /** Exactly one key: a phone, a card number, or a document number with its type. */
    private HolderKey key(String phone, String cardNumber, String documentNumber, String documentType) {
        List<HolderKey> keys = new ArrayList<>();
        if (present(phone)) {
            keys.add(new HolderKey.Phone(PhoneNumber.parse(phone)));
        }
        if (present(cardNumber)) {
            keys.add(new HolderKey.Card(CardNumber.parse(cardNumber, cardFormat)));
        }
        if (present(documentNumber) || present(documentType)) {
            if (!present(documentType)) {
                throw Rejection.onField("documentType", Reason.FIELD_REQUIRED);
            }
            if (!present(documentNumber)) {
                throw Rejection.onField("documentNumber", Reason.FIELD_REQUIRED);
            }
            DocumentType type = DocumentType.fromCode(documentType)
                    .orElseThrow(() -> Rejection.onField("documentType", Reason.DOCUMENT_TYPE_UNKNOWN));
            keys.add(new HolderKey.Document(DocumentNumber.parse(type, documentNumber, clock.today())));
        }
        if (keys.size() != 1) {
            throw Rejection.onField(
                    keys.isEmpty() ? "phone" : "cardNumber",
                    keys.isEmpty() ? Reason.FIELD_REQUIRED : Reason.INVALID_QUERY_PARAMETER);
        }
        return keys.get(0);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static UUID accountId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException notAnId) {
            throw Rejection.notFound(Reason.ACCOUNT_NOT_FOUND);
        }
    }

    private static CardEntry cardEntry(Card card) {
        return new CardEntry(
                card.id().toString(),
                card.number().value(),
                card.status().name(),
                card.verifiedAt().orElse(null));
    }

    private static ApplicationEntry applicationEntry(Application application, Optional<DeclaredIdentity> identity) {
        return new ApplicationEntry(
                application.id().toString(),
                application.cardNumber(),
                application.status().name(),
                identity.map(i -> i.documentType().name()).orElse(null),
                identity.map(DeclaredIdentity::numberMasked).orElse(null),
                application.createdAt(),
                application.submittedAt(),
                application.decidedAt().orElse(null),
                application.reason().map(Enum::name).orElse(null));
    }

    private static SmsEntry smsEntry(OutboxMessage message) {
        return new SmsEntry(
                message.id().toString(),
                message.template().name(),
                message.phoneMasked(),
                message.status().name(),
                message.attempts(),
                message.createdAt(),
                message.sentAt().orElse(null),
                message.deliveredAt().orElse(null));
    }
}
