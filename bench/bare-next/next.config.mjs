// The reference point: a Next.js app whose one route handler only pipes to the upstream, with the same
// server settings as the playground (no compression, so streams are not buffered).
/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  compress: false,
};

export default nextConfig;
