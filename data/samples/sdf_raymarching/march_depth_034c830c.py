import warp as wp


@wp.func
def pinhole_ray(i: wp.int32, j: wp.int32, width: wp.int32, height: wp.int32, rot: wp.quat):
    sx = (2.0 * (float(i) + 0.5) - float(width)) / float(height)
    sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0
    return wp.normalize(wp.quat_rotate(rot, wp.vec3(sx, sy, -2.0)))


@wp.func
def sdf_shape(p: wp.vec3, r: float):
    return wp.length(p) - r


@wp.kernel
def march_depth(cam_pos: wp.vec3, cam_rot: wp.quat, hit_t: wp.array2d(dtype=float)):
    """Depth buffer of an implicit surface by sphere tracing."""
    i, j = wp.tid()
    width = hit_t.shape[0]
    height = hit_t.shape[1]
    rd = pinhole_ray(i, j, width, height, cam_rot)
    t = float(0.0)
    for _step in range(128):
        d = sdf_shape(cam_pos + rd * t, 0.5)
        if d < 1.0e-4 or t > 20.0:
            break
        t += d
    hit_t[i, j] = wp.min(t, 20.0)


@wp.kernel
def inside_mesh(
    mesh: wp.uint64,
    particle_x: wp.array(dtype=wp.vec3),
    visibility: wp.array(dtype=float),
    is_inside: wp.array(dtype=wp.int32),
    sun_dir: wp.vec3,
    ray_length: float,
    contact_margin: float,
):
    tid = wp.tid()
    pos = particle_x[tid]
    # start just off the surface so the ray does not hit its own triangle
    start = pos + sun_dir * contact_margin
    lit = 1.0
    if wp.mesh_query_ray_anyhit(mesh, start, sun_dir, ray_length):
        lit = 0.0
    crossings = wp.mesh_query_ray_count_intersections(mesh, pos, wp.vec3(1.0, 0.0, 0.0))
    visibility[tid] = lit
    is_inside[tid] = crossings % 2
