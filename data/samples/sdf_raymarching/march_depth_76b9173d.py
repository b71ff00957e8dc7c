import warp as wp


@wp.func
def look_at_ray(i: wp.int32, j: wp.int32, width: wp.int32, height: wp.int32, eye: wp.vec3, target: wp.vec3, fov: float):
    sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)
    sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0
    forward = wp.normalize(target - eye)
    right = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))
    up = wp.cross(right, forward)
    return wp.normalize(forward + (right * sx + up * sy) * wp.tan(0.5 * fov))


@wp.func
def sdf_shape(p: wp.vec3, r: float):
    return wp.length(p) - r


@wp.kernel
def march_depth(camera_position: wp.vec3, target: wp.vec3, fov: float, depth: wp.array2d[float]):
    i, j = wp.tid()
    width = depth.shape[0]
    height = depth.shape[1]
    rd = look_at_ray(i, j, width, height, camera_position, target, fov)
    t = float(0.0)
    for _step in range(128):
        d = sdf_shape(camera_position + rd * t, 0.5)
        if d < 1.0e-4 or t > 100.0:
            break
        t += d
    depth[i, j] = wp.min(t, 100.0)


@wp.kernel
def inside_mesh(
    target_mesh: wp.uint64,
    points: wp.array[wp.vec3],
    light_direction: wp.vec3,
    max_t: float,
    margin: float,
    visibility: wp.array[float],
    occupancy: wp.array[wp.int32],
):
    """Occlusion towards the light and an inside test by counting ray crossings."""
    tid = wp.tid()
    x = points[tid]
    # start just off the surface so the ray does not hit its own triangle
    start = x + light_direction * margin
    lit = 1.0
    if wp.mesh_query_ray_anyhit(target_mesh, start, light_direction, max_t):
        lit = 0.0
    crossings = wp.mesh_query_ray_count_intersections(target_mesh, x, wp.vec3(1.0, 0.0, 0.0))
    visibility[tid] = lit
    occupancy[tid] = crossings % 2
