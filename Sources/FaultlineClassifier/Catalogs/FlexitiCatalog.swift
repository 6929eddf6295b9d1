// Flexiti — transcribed from Flexiti's public error reference ("Error Overview", General Errors and Input Errors).
// Retry rule: "Codes in the 4xx range indicate an error that failed given the information provided" (not
// retried); "Codes in the 5xx range indicates an error with Flexiti's servers" (retried). Every coded error
// in the document is a 4xx or TBD, so none is retryable.
// One entry per distinct (code, HTTP status) pair; scenarios of the same pair are merged into one description.
// Rows whose status is "TBD" (or blank, for the second invalid_client row) have httpStatus nil and follow the
// 4xx rule. The row "Driver License's not supported" (409) has no code and is left out.
// Input errors: the example's `wrong_inputs` error plus each field_errors msg as a field-error entry (409); the
// document's example body is kept verbatim as a sample of its field error, the "wrong format" entry.

extension ProviderCatalog {
    static let flexiti: [CatalogEntry] = [
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "invalid_token",
            httpStatus: 400,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Wrong token. (HTTP message: \"The access token provided is invalid.\")",
            fix: "Request a new access token and send the request again with it.",
            samples: [
                CatalogSample(status: 400, body: #"{"error":"invalid_token","error_description":"The access token provided is invalid."}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "invalid_token",
            httpStatus: nil,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti lists this status as TBD; the 4xx rule (\"failed given the information provided\", not retried) is applied because the scenario is a client-side credential problem.",
            description: "Expired token. (HTTP message: \"The access token provided has expired.\")",
            fix: "Request a new access token; the one sent has expired.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"invalid_token","error_description":"The access token provided has expired."}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "invalid_credentials",
            httpStatus: nil,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti lists this status as TBD; the 4xx rule (\"failed given the information provided\", not retried) is applied because the scenario is a client-side credential problem.",
            description: "Wrong client Id or client secret (HTTP message: \"Client credentials are invalid\")",
            fix: "Check the client ID and client secret, then request a token again.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":"invalid_credentials","error_description":"Client credentials are invalid"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "invalid_client",
            httpStatus: nil,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti lists this status as TBD; the 4xx rule (\"failed given the information provided\", not retried) is applied because the scenario is a client-side credential problem.",
            description: "Wrong or missing client id (HTTP message: \"Invalid or missing client_id parameter\"). Wrong or missing client id or client_secret",
            fix: "Send the correct client_id and client_secret with the request.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":"invalid_client","error_description":"Invalid or missing client_id parameter"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "invalid_account",
            httpStatus: nil,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti lists this status as TBD; the 4xx rule (\"failed given the information provided\", not retried) is applied because the scenario is a client-side input problem.",
            description: "Wrong account number (if requested) (HTTP message: \"Account not found\")",
            fix: "Check the account number sent with the request.",
            samples: [
                CatalogSample(status: 404, body: #"{"error":"invalid_account","error_description":"Account not found"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "not_found",
            httpStatus: nil,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti lists this status as TBD; the 4xx rule (\"failed given the information provided\", not retried) is applied because the scenario is a client-side input problem.",
            description: "Authorization Id not found (HTTP message: \"Not found\")",
            fix: "Check the authorization ID sent with the request.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":"not_found","error_description":"Not found"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "invalid_request",
            httpStatus: 400,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Invalid or missing grant_type parameter",
            fix: "Send a valid grant_type parameter with the token request.",
            samples: [
                CatalogSample(status: 400, body: #"{"error":"invalid_request","error_description":"Invalid or missing grant_type parameter"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "not_found",
            httpStatus: 400,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Authorization ID not found",
            fix: "Check the authorization ID sent with the request.",
            samples: [
                CatalogSample(status: 400, body: #"{"error":"not_found","error_description":"Authorization ID not found"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "invalid_account",
            httpStatus: 400,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Wrong account number (if requested)",
            fix: "Check the account number sent with the request.",
            samples: [
                CatalogSample(status: 400, body: #"{"error":"invalid_account","error_description":"Account not found"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "invalid_token",
            httpStatus: 401,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Wrong or expired access token.",
            fix: "Request a new access token and send the request again with it.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":"invalid_token","error_description":"The access token provided is invalid or has expired."}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "Unauthorized",
            httpStatus: 401,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Wrong or missing Merchant authorization",
            fix: "Send the correct Merchant authorization with the request.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":"Unauthorized","error_description":"Wrong or missing Merchant authorization"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "not_found",
            httpStatus: 404,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Customer Account not found",
            fix: "Check the customer account sent with the request.",
            samples: [
                CatalogSample(status: 404, body: #"{"error":"not_found","error_description":"Customer Account not found"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "authentication_failure",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Missing or wrong Merchant authentication parameters",
            fix: "Send all Merchant authentication parameters with the correct values.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"authentication_failure","error_description":"Missing or wrong Merchant authentication parameters"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "tos_agreement_required",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Terms and Conditions missing or not agreed",
            fix: "Have the customer agree to the Terms and Conditions, then send the request with that agreement.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"tos_agreement_required","error_description":"Terms and Conditions must be agreed"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "customer_already_exists",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Customer applying already has an account",
            fix: "Do not submit a new application; the customer already has an account.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"customer_already_exists","error_description":"Customer already has an account"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "application_declined",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Customer application declined",
            fix: "Do not resubmit the same application; the customer application was declined.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"application_declined","error_description":"Customer application declined"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "application_declined_2",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Customer application declined",
            fix: "Do not resubmit the same application; the customer application was declined.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"application_declined_2","error_description":"Customer application declined"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "application_declined_3",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Customer application declined",
            fix: "Do not resubmit the same application; the customer application was declined.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"application_declined_3","error_description":"Customer application declined"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "creditapp_id_not_found",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Credit Application ID was not found",
            fix: "Check the Credit Application ID sent with the request.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"creditapp_id_not_found","error_description":"Credit Application ID was not found"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "application_marked_pending_1",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Customer application pending",
            fix: "Do not resubmit the application; it is pending.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"application_marked_pending_1","error_description":"Customer application pending"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "application_marked_pending_2",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Customer application pending",
            fix: "Do not resubmit the application; it is pending.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"application_marked_pending_2","error_description":"Customer application pending"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "application_create_error",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "There was an error creating the Credit Application",
            fix: "Review the application data before submitting the Credit Application again.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"application_create_error","error_description":"There was an error creating the Credit Application"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "user_not_active",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Customer Account is not activated",
            fix: "Do not retry until the customer account is activated.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"user_not_active","error_description":"Customer Account is not activated"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "not_found",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Customer could not be found. Customer Account number could not be found",
            fix: "Check the customer and account number sent with the request.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"not_found","error_description":"Customer could not be found"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "user_not_able_to_purchase",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Customer account is not able to make a purchase (status other than normal)",
            fix: "Do not retry; the customer account status does not allow purchases.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"user_not_able_to_purchase","error_description":"Customer account is not able to make a purchase"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "user_not_able_to_preaut",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Customer is not make to make an authorization",
            fix: "Do not retry; the customer account cannot make an authorization.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"user_not_able_to_preaut","error_description":"Customer is not able to make an authorization"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "secret_answer_mismatch",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Security question answer does not match what is on file for the customer",
            fix: "Ask the customer for the correct security question answer, then send the request again.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"secret_answer_mismatch","error_description":"Security question answer does not match"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "merchant_override_is_not_allowed",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Merchant is not configured for Merchant Override",
            fix: "Send the request without Merchant Override; this merchant is not configured for it.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"merchant_override_is_not_allowed","error_description":"Merchant is not configured for Merchant Override"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "piw_mismatch",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Personal Identification word entered does not match what is on file for the customer",
            fix: "Ask the customer for the correct Personal Identification word, then send the request again.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"piw_mismatch","error_description":"Personal Identification word does not match"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "wrong_verification_code",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Verification code entered is incorrect",
            fix: "Ask the customer for the correct verification code, then send the request again.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"wrong_verification_code","error_description":"Verification code entered is incorrect"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "verification_code_required",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Verification code is a required parameter.",
            fix: "Include the verification code parameter in the request.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"verification_code_required","error_description":"Verification code is a required parameter."}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "invalid_transaction_type",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "No scenario given in the reference; the code names an invalid transaction type.",
            fix: "Check the transaction type sent with the request.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"invalid_transaction_type","error_description":"Invalid transaction type"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "not_enough_credit",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "No scenario given in the reference; the code names insufficient credit.",
            fix: "Do not retry the same amount; the code says the customer has not enough credit.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"not_enough_credit","error_description":"Not enough credit"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "limit_payment_amount_24",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "No scenario given in the reference; the code names a payment amount limit.",
            fix: "Do not retry the same request; check the payment amount against the limit the code names.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"limit_payment_amount_24","error_description":"Payment amount limit reached"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "refunds_limit_exceeded_amount",
            httpStatus: 409,
            category: "general",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "No scenario given in the reference; the code names an exceeded refund amount limit.",
            fix: "Do not retry the same refund; check the refund amount against the refund limit.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":"refunds_limit_exceeded_amount","error_description":"Refunds limit exceeded for this amount"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .error,
            code: "wrong_inputs",
            httpStatus: 409,
            category: "input",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Some inputs are wrong! (Input Errors example response; field_errors lists each wrong parameter and its msg.)",
            fix: "Correct each parameter listed in field_errors, then send the request again.",
            samples: [
                CatalogSample(status: 409, body: #"{"url":"/flexiti/pos-api/v2.5/client-id/flexitidemo/apply","message":"Some inputs are wrong!","error":"wrong_inputs","field_errors":[]}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .fieldError,
            code: "wrong format",
            httpStatus: 409,
            category: "input",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Mismatch data type",
            fix: "Send the parameter named in param in the expected format.",
            samples: [
                CatalogSample(status: 409, body: #"""
                {
                    "url": "/flexiti/pos-api/v2.5/client-id/flexitidemo/apply",
                    "message": "Some inputs are wrong!",
                    "error": "wrong_inputs",
                    "field_errors": [
                        {
                            "param": "SIN",
                            "msg": "wrong format"
                        }
                    ]
                }
                """#),
                CatalogSample(status: 409, body: #"{"url":"/flexiti/pos-api/v2.5/client-id/flexitidemo/apply","message":"Some inputs are wrong!","error":"wrong_inputs","field_errors":[{"param":"phone","msg":"wrong format"}]}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .fieldError,
            code: "required",
            httpStatus: 409,
            category: "input",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Mandatory parameter not sent in the request.",
            fix: "Send the mandatory parameter named in param.",
            samples: [
                CatalogSample(status: 409, body: #"{"url":"/flexiti/pos-api/v2.5/client-id/flexitidemo/apply","message":"Some inputs are wrong!","error":"wrong_inputs","field_errors":[{"param":"last_name","msg":"required"}]}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .fieldError,
            code: "invalid_date_format",
            httpStatus: 409,
            category: "input",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Date with wrong format",
            fix: "Send the date named in param in the expected date format.",
            samples: [
                CatalogSample(status: 409, body: #"{"url":"/flexiti/pos-api/v2.5/client-id/flexitidemo/apply","message":"Some inputs are wrong!","error":"wrong_inputs","field_errors":[{"param":"date_of_birth","msg":"invalid_date_format"}]}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .fieldError,
            code: "type",
            httpStatus: 409,
            category: "input",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Mismatch data type",
            fix: "Send the parameter named in param with the expected data type.",
            samples: [
                CatalogSample(status: 409, body: #"{"url":"/flexiti/pos-api/v2.5/client-id/flexitidemo/apply","message":"Some inputs are wrong!","error":"wrong_inputs","field_errors":[{"param":"annual_income","msg":"type"}]}"#),
            ]
        ),
        CatalogEntry(
            provider: .flexiti,
            kind: .fieldError,
            code: "length",
            httpStatus: 409,
            category: "input",
            retryable: false,
            basis: .statusRule,
            basisNote: "Flexiti: 4xx errors \"failed given the information provided\", so they are not retried.",
            description: "Data length exceeded",
            fix: "Shorten the value of the parameter named in param to the allowed length.",
            samples: [
                CatalogSample(status: 409, body: #"{"url":"/flexiti/pos-api/v2.5/client-id/flexitidemo/apply","message":"Some inputs are wrong!","error":"wrong_inputs","field_errors":[{"param":"address_line_1","msg":"length"}]}"#),
            ]
        ),
    ]
}
