-- Staff of the card operator (OPERATOR) and customer service (CUSTOMER_SERVICE) are staff roles too.
ALTER TABLE account DROP CONSTRAINT account_role_known;
ALTER TABLE account ADD CONSTRAINT account_role_known
    CHECK (role IN ('APPLICANT', 'OUTLET_STAFF', 'REVIEWER', 'ADMIN', 'OPERATOR', 'CUSTOMER_SERVICE'));
