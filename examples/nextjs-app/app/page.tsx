import Link from 'next/link'

export default function Home() {
  return (
    <>
      <h1>Gatehouse Next.js example</h1>
      <p>
        <Link href="/dashboard">Open the dashboard</Link> (signed-in users only).
      </p>
    </>
  )
}
