// Every case of testdata/vectors.json through the Kotlin binding: the same verdicts and error
// codes as the Rust core and every other binding, through both entry points (the JWKS as JSON
// text, and a parsed Jwks).
package gatehouse

import java.io.File
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.boolean
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.long
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.assertThrows

/** One case of the shared vectors. */
class VectorCase(case: JsonObject) {
    val name: String = case.getValue("name").jsonPrimitive.content
    val token: String = case.getValue("token").jsonPrimitive.content
    val jwksJson: String = case.getValue("jwks").toString()
    val options: VerifyOptions = case.getValue("options").jsonObject.let { options ->
        VerifyOptions(
            issuer = options.getValue("issuer").jsonPrimitive.content,
            audience = options.getValue("audience").jsonPrimitive.content,
            now = options.getValue("now").jsonPrimitive.long,
            leeway = options.getValue("leeway").jsonPrimitive.long,
        )
    }
    val expectedClaims: JsonObject? = case["expected_claims"]?.jsonObject
    val expectedError: String? = case["expected_error"]?.jsonPrimitive?.content

    init {
        require((expectedClaims == null) != (expectedError == null)) { "$name: exactly one expectation" }
    }

    companion object {
        /** The cases, from the path Maven passes in the `gatehouse.vectors` system property. */
        fun load(): List<VectorCase> {
            val path = System.getProperty("gatehouse.vectors")
                ?: error("the gatehouse.vectors system property names testdata/vectors.json")
            val document = Json.parseToJsonElement(File(path).readText()).jsonObject
            return document.getValue("cases").jsonArray.map { VectorCase(it.jsonObject) }
        }
    }
}

/** A verdict as the vectors state it: the claims as a JSON value, or the error code. */
private fun verdict(verify: () -> AccessTokenClaims): Any =
    try {
        Json.parseToJsonElement(verify().payloadJson)
    } catch (refused: AuthException) {
        refused.code
    }

private fun expected(case: VectorCase): Any = case.expectedClaims ?: case.expectedError!!

class VectorsTest {
    private val cases = VectorCase.load()

    @Test
    fun `the vectors file has both kinds of case`() {
        assertTrue(cases.count { it.expectedClaims != null } > 0)
        assertTrue(cases.count { it.expectedError != null } > 0)
    }

    @TestFactory
    fun `every vector, JWKS as JSON text`(): List<DynamicTest> = cases.map { case ->
        DynamicTest.dynamicTest(case.name) {
            assertEquals(expected(case), verdict { verifyAccessToken(case.token, case.jwksJson, case.options) })
        }
    }

    @TestFactory
    fun `every vector, parsed Jwks`(): List<DynamicTest> = cases.map { case ->
        DynamicTest.dynamicTest(case.name) {
            // A JWKS that is not a JWKS document is refused when it is parsed.
            val jwks = try {
                Jwks(case.jwksJson)
            } catch (refused: AuthException) {
                assertEquals(expected(case), refused.code)
                return@dynamicTest
            }
            jwks.use { keys ->
                assertEquals(expected(case), verdict { keys.verifyAccessToken(case.token, case.options) })
            }
        }
    }

    @TestFactory
    fun `refusals are AuthException subclasses with the core's codes`(): List<DynamicTest> =
        cases.filter { it.expectedError != null }.map { case ->
            DynamicTest.dynamicTest(case.name) {
                val refused = assertThrows<AuthException> {
                    verifyAccessToken(case.token, case.jwksJson, case.options)
                }
                assertEquals(case.expectedError, refused.code)
                assertTrue(refused.code in authErrorCodes())
                assertTrue(!refused.message.isNullOrBlank(), "a refusal explains itself")
            }
        }

    @TestFactory
    fun `typed claims agree with the payload`(): List<DynamicTest> =
        cases.filter { it.expectedClaims != null }.map { case ->
            DynamicTest.dynamicTest(case.name) {
                val claims = verifyAccessToken(case.token, case.jwksJson, case.options)
                val payload = case.expectedClaims!!
                fun text(element: JsonElement?): String? = element?.jsonPrimitive?.content
                fun texts(name: String): List<String> =
                    payload[name]?.jsonArray?.map { it.jsonPrimitive.content } ?: emptyList()
                assertEquals(text(payload["iss"]), claims.issuer)
                assertEquals(text(payload["sub"]), claims.subject)
                assertEquals(claims.subject, claims.userId())
                assertEquals(payload.getValue("exp").jsonPrimitive.long, claims.expiresAt)
                assertEquals(payload.getValue("iat").jsonPrimitive.long, claims.issuedAt)
                assertEquals(payload["nbf"]?.jsonPrimitive?.long, claims.notBefore)
                assertEquals(text(payload["jti"]), claims.tokenId)
                assertEquals(text(payload["sid"]), claims.sessionId)
                val org = payload.getValue("org").jsonObject
                assertEquals(text(org["id"]), claims.organization.id)
                assertEquals(claims.organization.id, claims.organizationId())
                assertEquals(text(org["slug"]), claims.organization.slug)
                assertEquals(text(org["name"]), claims.organization.name)
                assertEquals(texts("roles"), claims.roles)
                assertEquals(texts("actions"), claims.actions)
                assertEquals(texts("amr"), claims.authenticationMethods)
                assertEquals(payload.containsKey("act"), claims.isImpersonated())
                claims.actions.forEach { assertTrue(claims.hasPermission(it)) }
                claims.roles.forEach { assertTrue(claims.hasRole(it)) }
                val audience = payload.getValue("aud")
                assertEquals(
                    if (audience is JsonArray) audience.map { it.jsonPrimitive.content } else listOf(text(audience)),
                    claims.audience,
                )
                val user = payload["user"]?.jsonObject
                assertEquals(text(user?.get("id")), claims.user?.id)
                assertEquals(text(user?.get("email")), claims.user?.email)
                assertEquals(user?.get("email_verified")?.jsonPrimitive?.boolean, claims.user?.emailVerified)
                assertEquals(text(user?.get("name")), claims.user?.name)
                val actor = payload["act"]?.jsonObject
                assertEquals(text(actor?.get("sub")), claims.actor?.subject)
                assertEquals(text(actor?.get("email")), claims.actor?.email)
            }
        }
}
