# protokoll: one image for every role (worker, watcher, scheduler, one-off import); the command
# picks the role. Built from the working tree: `docker compose build` or `docker build -t protokoll .`
# Node 22: the current LTS (Node 20 is past its end of life; the code and CI still run on both)
FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary fits the platform
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# scripts off: `prepare` would build before the sources are here; native modules are built next.
# npm ci: exactly the lock file (it holds every platform's optional packages)
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && npm rebuild better-sqlite3 msgpackr-extract
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production
# OCR for scanned protocols: tesseract with Swedish data reads the pages pdftoppm (poppler) renders.
# LibreOffice Writer (no GUI) converts .doc, .rtf and .odt minutes to .docx (src/convert).
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-swe poppler-utils libreoffice-writer-nogui \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema
USER node
# worker, watch and schedule serve /healthz and /metrics here (PROTOKOLL_METRICS_PORT)
EXPOSE 9464
ENTRYPOINT ["node", "/app/dist/cli.js"]
CMD ["--help"]
