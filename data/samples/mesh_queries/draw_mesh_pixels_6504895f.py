import warp as wp


class RenderMode:
    DEPTH = wp.constant(0)
    NORMALS = wp.constant(1)
    SHADED = wp.constant(2)


AMBIENT = wp.constant(0.1)
SHININESS = wp.constant(32.0)


@wp.func
def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:
    # pinhole camera looking down -z, pixel centres, row 0 at the top
    aspect = float(width) / float(height)
    sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov
    sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov
    return wp.normalize(wp.vec3(sx, sy, -1.0))


@wp.kernel(enable_backward=False)
def draw_mesh_pixels(
    collider_mesh: wp.uint64,
    tri_material: wp.array(dtype=wp.int32),
    palette: wp.array(dtype=wp.vec3),
    depth_buffer: wp.array(dtype=float),
    color_image: wp.array(dtype=wp.vec3),
    segmentation: wp.array(dtype=wp.int32),
    camera_pose: wp.transform,
    vertical_fov: float,
    image_width: wp.int32,
    image_height: wp.int32,
    render_mode: wp.int32,
    light_dir: wp.vec3,
    clear_color: wp.vec3,
    ray_length: float,
):
    tid = wp.tid()
    pixel = tid % image_width
    row = tid // image_width
    if row >= image_height:
        return
    ro = wp.transform_get_translation(camera_pose)
    rd = wp.transform_vector(camera_pose, camera_ray(pixel, row, image_width, image_height, wp.tan(0.5 * vertical_fov)))
    query = wp.mesh_query_ray(collider_mesh, ro, rd, ray_length)
    if not query.result:
        depth_buffer[tid] = ray_length
        color_image[tid] = clear_color
        segmentation[tid] = -1
        return
    # depth along the view axis, not along the ray
    forward = wp.transform_vector(camera_pose, wp.vec3(0.0, 0.0, -1.0))
    depth_buffer[tid] = query.t * wp.dot(rd, forward)
    n = query.normal
    if wp.dot(n, rd) > 0.0:
        n = -n
    mat = tri_material[query.face]
    segmentation[tid] = mat
    if render_mode == RenderMode.DEPTH:
        color_image[tid] = wp.vec3(1.0 - query.t / ray_length)
    elif render_mode == RenderMode.NORMALS:
        color_image[tid] = n * 0.5 + wp.vec3(0.5)
    else:
        base = palette[mat]
        to_light = light_dir
        diffuse = wp.max(wp.dot(n, to_light), 0.0)
        color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)
        if diffuse > 0.0:
            half_dir = wp.normalize(to_light - rd)
            color += wp.vec3(wp.pow(wp.max(wp.dot(n, half_dir), 0.0), SHININESS))
        color_image[tid] = color
