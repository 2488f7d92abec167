// The Kotlin API around the vectors: error codes, options and their defaults, the parsed Jwks
// (shared between threads), custom claims and publishable keys.
package gatehouse

import java.util.Base64
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

class ApiTest {
    private val cases = VectorCase.load().associateBy { it.name }
    private val full = cases.getValue("valid_eddsa_full_claims")

    @Test
    fun `every AuthException subclass has the core's code, in the core's order`() {
        val every = listOf(
            AuthException.MissingToken("m"),
            AuthException.MalformedToken("m"),
            AuthException.UnsupportedAlgorithm("m"),
            AuthException.UnknownKey("m"),
            AuthException.InvalidSignature("m"),
            AuthException.TokenExpired("m"),
            AuthException.TokenNotYetValid("m"),
            AuthException.WrongIssuer("m"),
            AuthException.WrongAudience("m"),
            AuthException.WrongTokenType("m"),
            AuthException.MissingClaim("m"),
            AuthException.InvalidClaim("m"),
            AuthException.JwksUnavailable("m"),
            AuthException.InvalidApiKey("m"),
            AuthException.ServerUnavailable("m"),
            AuthException.Forbidden("m"),
        )
        assertEquals(authErrorCodes(), every.map { it.code })
    }

    @Test
    fun `the message is the core's`() {
        val refused = assertThrows<AuthException.TokenExpired> {
            verifyAccessToken(full.token, full.jwksJson, full.options.copy(now = Long.MAX_VALUE))
        }
        assertEquals("the token has expired", refused.message)
    }

    @Test
    fun `leeway defaults to 30 seconds`() {
        val exp = verifyAccessToken(full.token, full.jwksJson, full.options).expiresAt
        val defaults = VerifyOptions(issuer = full.options.issuer, audience = full.options.audience, now = exp + 29)
        assertEquals(30L, defaults.leeway)
        verifyAccessToken(full.token, full.jwksJson, defaults)
        assertThrows<AuthException.TokenExpired> {
            verifyAccessToken(full.token, full.jwksJson, defaults.copy(now = exp + 30))
        }
        assertThrows<AuthException.TokenExpired> {
            verifyAccessToken(full.token, full.jwksJson, defaults.copy(now = exp, leeway = 0L))
        }
    }

    @Test
    fun `without now the system clock decides`() {
        // The vectors' tokens expired in January 2026.
        val options = VerifyOptions(issuer = full.options.issuer, audience = full.options.audience)
        assertNull(options.now)
        val refused = assertThrows<AuthException> { verifyAccessToken(full.token, full.jwksJson, options) }
        assertEquals("token_expired", refused.code)
    }

    @Test
    fun `a parsed Jwks lists its usable keys and refuses what is not a JWKS`() {
        Jwks(full.jwksJson).use { keys -> assertEquals(listOf("ed-2026-01", "es-2026-01"), keys.keyIds()) }
        for (document in listOf("", "not json", "[]", "{}", """{"keys": {}}""")) {
            val refused = assertThrows<AuthException.JwksUnavailable>(document) { Jwks(document) }
            assertEquals("jwks_unavailable", refused.code)
            assertThrows<AuthException.JwksUnavailable>(document) {
                verifyAccessToken(full.token, document, full.options)
            }
        }
    }

    @Test
    fun `one Jwks serves many threads`() {
        val tampered = full.token.dropLast(2) + if (full.token.endsWith("AA")) "BA" else "AA"
        val pool = Executors.newFixedThreadPool(4)
        Jwks(full.jwksJson).use { keys ->
            val tasks = (0 until 400).map { index ->
                Callable {
                    if (index % 2 == 0) {
                        keys.verifyAccessToken(full.token, full.options).subject
                    } else {
                        try {
                            keys.verifyAccessToken(tampered, full.options).subject
                        } catch (refused: AuthException) {
                            refused.code
                        }
                    }
                }
            }
            val verdicts = pool.invokeAll(tasks).map { it.get() }
            pool.shutdown()
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES))
            assertEquals(setOf("user_01j9zr2b3c4d5e6f7g8h9j0k1m"), verdicts.filterIndexed { i, _ -> i % 2 == 0 }.toSet())
            assertEquals(setOf("invalid_signature"), verdicts.filterIndexed { i, _ -> i % 2 == 1 }.toSet())
        }
    }

    @Test
    fun `custom claims are read from the payload JSON`() {
        val case = cases.getValue("valid_custom_claims")
        val claims = verifyAccessToken(case.token, case.jwksJson, case.options)
        val payload = Json.parseToJsonElement(claims.payloadJson).jsonObject
        assertEquals(case.expectedClaims!!["plan"], payload["plan"])
        assertEquals(case.expectedClaims["seats"], payload["seats"])
    }

    @Test
    fun `permissions and roles`() {
        val claims = verifyAccessToken(full.token, full.jwksJson, full.options)
        assertTrue(claims.hasPermission("invoices:read"))
        assertFalse(claims.hasPermission("invoices:delete"))
        assertTrue(claims.hasRole("admin"))
        assertFalse(claims.hasRole("owner"))
        assertFalse(claims.isImpersonated())
        val impersonated = cases.getValue("valid_impersonated")
        assertTrue(verifyAccessToken(impersonated.token, impersonated.jwksJson, impersonated.options).isImpersonated())
    }

    private fun publishableKey(prefix: String, text: String): String =
        prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(text.toByteArray())

    @Test
    fun `a publishable key names the issuer, the project and the JWKS`() {
        val issuer = "http://localhost:8080/p/proj_01j9zqk3m4n5p6q7r8s9t0v1w2"
        val key = publishableKey("pk_test_", "$issuer#proj_01j9zqk3m4n5p6q7r8s9t0v1w2")
        val parsed = parsePublishableKey(key)
        assertEquals(key, parsed.key)
        assertEquals(issuer, parsed.issuer)
        assertEquals("proj_01j9zqk3m4n5p6q7r8s9t0v1w2", parsed.projectId)
        assertFalse(parsed.live)
        assertEquals("$issuer/.well-known/jwks.json", parsed.jwksUrl)
        val live = parsePublishableKey(publishableKey("pk_live_", "https://auth.example.com#proj_01j9zqk3m4n5p6q7r8s9t0v1w2"))
        assertTrue(live.live)
        assertEquals("https://auth.example.com/.well-known/jwks.json", live.jwksUrl)
    }

    @Test
    fun `a bad publishable key says why`() {
        val project = "proj_01j9zqk3m4n5p6q7r8s9t0v1w2"
        assertThrows<PublishableKeyException.WrongPrefix> { parsePublishableKey("sk_test_abc") }
        assertThrows<PublishableKeyException.InvalidEncoding> { parsePublishableKey("pk_test_***") }
        assertThrows<PublishableKeyException.MissingProjectId> {
            parsePublishableKey(publishableKey("pk_test_", "https://auth.example.com"))
        }
        assertThrows<PublishableKeyException.InvalidProjectId> {
            parsePublishableKey(publishableKey("pk_test_", "https://auth.example.com#proj_short"))
        }
        assertThrows<PublishableKeyException.InvalidIssuer> {
            parsePublishableKey(publishableKey("pk_test_", "https://auth.example.com?x=1#$project"))
        }
        val insecure = assertThrows<PublishableKeyException.InsecureLiveIssuer> {
            parsePublishableKey(publishableKey("pk_live_", "http://auth.example.com#$project"))
        }
        assertEquals("a pk_live_ key requires an https issuer", insecure.message)
    }

    @Test
    fun `claims name the user`() {
        val claims = verifyAccessToken(full.token, full.jwksJson, full.options)
        assertEquals(full.expectedClaims!!.getValue("sub").jsonPrimitive.content, claims.userId())
        assertEquals("acme", claims.organization.slug)
        assertEquals(true, claims.user?.emailVerified)
    }
}
