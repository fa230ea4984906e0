import Docker from "dockerode";

/** A Docker client honouring DOCKER_HOST, else the local socket. */
export function createDocker(): Docker {
  return new Docker();
}
