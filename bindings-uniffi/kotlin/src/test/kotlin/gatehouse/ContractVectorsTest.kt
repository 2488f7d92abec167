// Every case of testdata/authenticate.json and testdata/requests.json through the Kotlin
// binding, and the client with its server stopped: the same principals, error codes and
// credentials as the Rust core and every other binding.
package gatehouse

import java.io.File
import java.net.ServerSocket
import java.util.Base64
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.boolean
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.int
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.long
import kotlinx.serialization.json.put
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.contentOrNull
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.assertThrows

private fun testdata(name: String): JsonObject {
    val directory = System.getProperty("gatehouse.testdata")
        ?: error("the gatehouse.testdata system property names testdata/")
    return Json.parseToJsonElement(File(directory, name).readText()).jsonObject
}

private fun strings(values: List<String>): JsonArray = JsonArray(values.map { JsonPrimitive(it) })

/** A principal as the vectors spell it, built from the binding's own fields. */
private fun principalJson(principal: Principal): JsonElement = buildJsonObject {
    put("kind", principal.kind)
    put("organization_id", principal.organizationId)
    put("user_id", principal.userId?.let { JsonPrimitive(it) } ?: JsonNull)
    put("api_key_id", principal.apiKeyId?.let { JsonPrimitive(it) } ?: JsonNull)
    put("roles", strings(principal.roles))
    put("actions", strings(principal.actions))
    put(
        "impersonator",
        principal.impersonator?.let { actor ->
            buildJsonObject {
                put("sub", actor.sub)
                put("email", actor.email?.let { JsonPrimitive(it) } ?: JsonNull)
            }
        } ?: JsonNull,
    )
}

private fun JsonObject.text(name: String): String? = (this[name] as? JsonPrimitive)?.contentOrNull

class ContractVectorsTest {
    private val authenticate = testdata("authenticate.json")

    @TestFactory
    fun `every authenticate vector gives its expected decision`(): List<DynamicTest> {
        val options = authenticate.getValue("options").jsonObject.let { options ->
            VerifyOptions(
                issuer = options.getValue("issuer").jsonPrimitive.content,
                audience = options.getValue("audience").jsonPrimitive.content,
                now = options.getValue("now").jsonPrimitive.long,
                leeway = options.getValue("leeway").jsonPrimitive.long,
            )
        }
        val jwks = Jwks(authenticate.getValue("jwks").toString())
        return authenticate.getValue("cases").jsonArray.map { it.jsonObject }.map { case ->
            DynamicTest.dynamicTest(case.getValue("name").jsonPrimitive.content) {
                val answer = case.getValue("server_answer")
                val response = (answer as? JsonObject)?.let {
                    ServerResponse(it.getValue("status").jsonPrimitive.int.toUShort(), it.getValue("body").jsonPrimitive.content)
                }
                val decision = authenticateWithAnswer(
                    case.getValue("credential").jsonPrimitive.content,
                    jwks,
                    options,
                    case.getValue("accepts_api_keys").jsonPrimitive.boolean,
                    response,
                )
                assertEquals(case.getValue("asks_server").jsonPrimitive.boolean, decision.askedServer)
                val expected = case["expected_principal"]
                if (expected != null) {
                    assertNull(decision.errorCode)
                    val principal = decision.principal ?: error("no principal")
                    assertEquals(expected, principalJson(principal))
                    principal.actions.forEach { assertEquals(true, principal.hasPermission(it)) }
                    assertEquals(false, principal.hasPermission("nothing:granted"))
                } else {
                    assertNull(decision.principal)
                    assertEquals(case.text("expected_error"), decision.errorCode)
                }
            }
        }
    }

    @TestFactory
    fun `every request vector gives its expected credential`(): List<DynamicTest> =
        testdata("requests.json").getValue("cases").jsonArray.map { it.jsonObject }.map { case ->
            DynamicTest.dynamicTest(case.getValue("name").jsonPrimitive.content) {
                val request = case.getValue("request").jsonObject
                val headers = RequestHeaders(
                    method = request.text("method") ?: error("method"),
                    authorization = request.text("authorization"),
                    cookie = request.text("cookie"),
                    origin = request.text("origin"),
                    accessControlRequestMethod = request.text("access_control_request_method"),
                )
                val code = case.text("expected_error")
                if (code != null) {
                    val refused = assertThrows<AuthException> { requestCredential(headers) }
                    assertEquals(code, refused.code)
                } else if (case["expected_preflight"] != null) {
                    assertNull(requestCredential(headers))
                } else {
                    val found = requestCredential(headers) ?: error("no credential")
                    assertEquals(case.text("expected_kind"), found.kind)
                    assertEquals(case.text("expected_credential"), found.credential)
                }
            }
        }

    @Test
    fun `with the server stopped, API keys are invalid or unavailable`() {
        val port = ServerSocket(0).use { it.localPort }
        val project = "proj_01j9zqk3m4n5p6q7r8s9t0v1w2"
        val encoded = Base64.getUrlEncoder().withoutPadding()
            .encodeToString("http://127.0.0.1:$port/p/$project#$project".toByteArray())
        val client = Client("pk_test_$encoded", ClientOptions(secretKey = "sk_test_x"))
        val cases = authenticate.getValue("cases").jsonArray.map { it.jsonObject }
        fun credential(name: String) =
            cases.first { it.text("name") == name }.getValue("credential").jsonPrimitive.content
        val typo = assertThrows<AuthException.InvalidApiKey> {
            client.authenticateCredential(credential("api_key_bad_checksum"))
        }
        assertEquals("invalid_api_key", typo.code)
        val down = assertThrows<AuthException.ServerUnavailable> {
            client.authenticateCredential(credential("api_key_accepted"))
        }
        assertEquals("server_unavailable", down.code)
    }
}
