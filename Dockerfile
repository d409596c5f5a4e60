# The API image: builds the project and runs the `kg` CLI. docker-compose.yml starts it next to Neo4j.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
CMD ["node", "dist/src/cli/kg.js", "serve"]
