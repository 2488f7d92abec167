// Verify throughput from Kotlin, single thread: a parsed Jwks (what a backend keeps) and the
// JSON-text entry point (which also parses the key set at every call), on the EdDSA and ES256
// tokens of testdata/vectors.json. A main, not a test: tests never assert timings.
//
//   mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
//     -Dexec.mainClass=gatehouse.VerifyBenchKt -Dexec.classpathScope=test \
//     -Dgatehouse.vectors=../../testdata/vectors.json -Djna.library.path=<dir of a release cdylib>
//
// Every row is measured after all of them were run once, so the first row does not pay the
// JIT and JNA warm-up of the whole process.
package gatehouse

/** Calls per second of `work` over `seconds`, after a one-second warm-up (JIT, JNA setup). */
private fun rate(seconds: Double, work: () -> Unit): Double {
    val warm = System.nanoTime() + 1_000_000_000L
    while (System.nanoTime() < warm) repeat(100) { work() }
    var calls = 0L
    val started = System.nanoTime()
    while (true) {
        repeat(500) { work() }
        calls += 500
        val elapsed = (System.nanoTime() - started) / 1e9
        if (elapsed >= seconds) return calls / elapsed
    }
}

fun main(args: Array<String>) {
    val seconds = args.firstOrNull()?.toDouble() ?: 3.0
    val cases = VectorCase.load().associateBy { it.name }
    println("gatehouse-kotlin verify, single thread, ${seconds}s per row (Java ${System.getProperty("java.version")})")
    for (round in 1..2) {
        for (name in listOf("valid_eddsa_full_claims", "valid_es256_full_claims")) {
            val case = cases.getValue(name)
            Jwks(case.jwksJson).use { keys ->
                val parsed = rate(seconds) { keys.verifyAccessToken(case.token, case.options) }
                val text = rate(seconds) { verifyAccessToken(case.token, case.jwksJson, case.options) }
                if (round == 2) {
                    println("%-26s Jwks: %8.0f/s   JWKS as JSON text: %8.0f/s".format(name, parsed, text))
                }
            }
        }
    }
}
