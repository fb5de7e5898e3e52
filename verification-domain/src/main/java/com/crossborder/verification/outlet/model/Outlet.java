package com.crossborder.verification.outlet.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** A service outlet where holders are verified in person. */
@Entity
@Table(name = "outlet")
public class Outlet {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Outlet() {}

    public static Outlet open(String code, String name, String address, String timeZone, Instant now) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw Rejection.onField("code", Reason.OUTLET_CODE_INVALID);
        }
        if (name == null
                || name.isBlank()
                || name.length() > 100
                || address == null
                || address.isBlank()
                || address.length() > 300) {
            throw Rejection.onField(
                    name == null || name.isBlank() || name.length() > 100 ? "name" : "address", Reason.FIELD_INVALID);
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException unknown) {
            throw Rejection.onField("timeZone", Reason.FIELD_INVALID);
        }
        Outlet outlet = new Outlet();
        outlet.code = code;
        outlet.name = name.strip();
        outlet.address = address.strip();
        outlet.timeZone = timeZone;
        outlet.createdAt = now;
        return outlet;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }
}
