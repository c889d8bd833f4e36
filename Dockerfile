# The GraphQL service, against the Neo4j of docker-compose.yml (or any NEO4J_URI).
# Build stage: nodejieba compiles with node-gyp, and `npm ci` runs the build (codegen + tsc).
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --ignore-scripts && npm rebuild nodejieba
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/cypher ./cypher
COPY --from=build /app/schema ./schema
COPY --from=build /app/data ./data
# Read at run time: the lexicons (word lists as data) and the name tagger's vendored model.
COPY --from=build /app/ingest/lexicon ./ingest/lexicon
COPY --from=build /app/models ./models
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "bin/kg.js", "serve"]
