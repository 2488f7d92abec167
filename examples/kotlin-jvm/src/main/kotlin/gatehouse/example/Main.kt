// Verifies a Gatehouse access token on the JVM: signs the demo user in to a running
// `gatehouse dev` server, fetches the project's JWKS once, verifies the token with the Kotlin
// binding of gatehouse-core, then shows that a token whose claims were edited (moved to another
// organization, keeping the signature) is refused with the stable code `invalid_signature`.
//
// Usage: MainKt <path to dev.json>   (`gatehouse dev` writes it into its data directory)
package gatehouse.example

import gatehouse.AccessTokenClaims
import gatehouse.AuthException
import gatehouse.Jwks
import gatehouse.VerifyOptions
import gatehouse.code
import gatehouse.parsePublishableKey
import java.io.File
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import java.util.Base64
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.put

private val http: HttpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()

private fun send(request: HttpRequest.Builder): String {
    val response = http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString())
    check(response.statusCode() == 200) { "${response.uri()} answered ${response.statusCode()}: ${response.body()}" }
    return response.body()
}

/**
 * What a backend keeps for one project: its publishable key tells the issuer, the expected
 * audience (the project id) and where the signing keys are; the keys are fetched once here.
 */
class ProjectTokens(publishableKey: String) {
    private val project = parsePublishableKey(publishableKey)
    private val options = VerifyOptions(issuer = project.issuer, audience = project.projectId)
    private val keys = Jwks(send(HttpRequest.newBuilder(URI(project.jwksUrl)).GET()))

    val issuer: String get() = project.issuer
    val keyIds: List<String> get() = keys.keyIds()

    /** The token's claims, or an [AuthException] saying why it is refused. */
    fun verify(token: String): AccessTokenClaims = keys.verifyAccessToken(token, options)
}

/** Signs in with a password at the project's hosted login API; returns the access token. */
private fun signIn(issuer: String, organization: String, email: String, password: String): String {
    val body = buildJsonObject {
        put("organization", organization)
        put("email", email)
        put("password", password)
    }
    val answer = send(
        HttpRequest.newBuilder(URI("$issuer/v1/login/password"))
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
    )
    return Json.parseToJsonElement(answer).jsonObject.getValue("access_token").jsonPrimitive.content
}

/** The same token moved to another organization (tenant), keeping the original signature. */
private fun inAnotherOrganization(token: String): String {
    val (header, payload, signature) = token.split(".")
    val claims = Json.parseToJsonElement(String(Base64.getUrlDecoder().decode(payload))).jsonObject
    val org = claims.getValue("org").jsonObject + ("id" to JsonPrimitive("org_00000000000000000000000000"))
    val forged = JsonObject(claims + ("org" to JsonObject(org)))
    val encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.toString().toByteArray())
    return "$header.$encoded.$signature"
}

fun main(args: Array<String>) {
    require(args.size == 1) { "usage: MainKt <path to the dev.json that gatehouse dev wrote>" }
    val dev = Json.parseToJsonElement(File(args[0]).readText()).jsonObject
    fun setting(name: String) = dev.getValue(name).jsonPrimitive.content

    val tokens = ProjectTokens(setting("publishable_key"))
    println("issuer: ${tokens.issuer}")
    println("signing keys: ${tokens.keyIds.joinToString()}")

    val token = signIn(tokens.issuer, setting("demo_organization_id"), setting("demo_user_email"), setting("demo_user_password"))
    val claims = tokens.verify(token)
    check(claims.user?.email == setting("demo_user_email")) { "the token names another user" }
    println(
        "verified access token for ${claims.user?.email} (${claims.userId()}) " +
            "in organization ${claims.organization.slug} (${claims.organizationId()}), " +
            "roles ${claims.roles}, valid for ${claims.expiresAt - claims.issuedAt} s",
    )

    val forged = inAnotherOrganization(token)
    try {
        tokens.verify(forged)
        error("a token moved to another organization was accepted")
    } catch (refused: AuthException) {
        println("refused tampered token: ${refused.code} (${refused.message})")
        check(refused.code == "invalid_signature") { "unexpected code ${refused.code}" }
    }
}
