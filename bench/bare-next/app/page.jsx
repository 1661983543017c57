export default function Page() {
  return <p>Bare Next.js route handler that only pipes: POST /api/v1/*</p>;
}
