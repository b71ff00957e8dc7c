// Warp 1.19.0 cuda code for shadow_rays_1a0ee499.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void shadow_rays_7eaa682f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::float32> var_visibility,
    wp::array_t<wp::int32> var_inside,
    wp::transform_t<wp::float32> var_root_xform,
    wp::vec_t<3, wp::float32> var_light_dir,
    wp::float32 var_max_t,
    wp::float32 var_thickness)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32> var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 1.0;
        bool var_5;
        const wp::int32 var_6 = -1;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        const wp::float32 var_10 = 0.0;
        const wp::float32 var_11 = 0.0;
        wp::vec_t<3, wp::float32> var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = -1;
        const wp::int32 var_15 = 2;
        wp::int32 var_16;
        //---------
        // forward
        // def shadow_rays(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // x = wp.transform_get_translation(root_xform)                                           <L 15>
        var_1 = wp::transform_get_translation(var_root_xform);
        // start = x + light_dir * thickness                                                      <L 17>
        var_2 = wp::mul(var_light_dir, var_thickness);
        var_3 = wp::add(var_1, var_2);
        // lit = 1.0                                                                              <L 18>
        // if wp.mesh_query_ray_anyhit(mesh, start, light_dir, max_t):                            <L 19>
        var_5 = wp::mesh_query_ray_anyhit(var_mesh, var_3, var_light_dir, var_max_t, var_6);
        if (var_5) {
            // lit = 0.0                                                                          <L 20>
        }
        var_8 = wp::where(var_5, var_7, var_4);
        // crossings = wp.mesh_query_ray_count_intersections(mesh, x, wp.vec3(1.0, 0.0, 0.0))       <L 21>
        var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
        var_13 = wp::mesh_query_ray_count_intersections(var_mesh, var_1, var_12, var_14);
        // visibility[tid] = lit                                                                  <L 22>
        wp::array_store(var_visibility, var_0, var_8);
        // inside[tid] = crossings % 2                                                            <L 23>
        var_16 = wp::mod(var_13, var_15);
        wp::array_store(var_inside, var_0, var_16);
}



extern "C" __global__ void shadow_rays_7eaa682f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::float32> var_visibility,
    wp::array_t<wp::int32> var_inside,
    wp::transform_t<wp::float32> var_root_xform,
    wp::vec_t<3, wp::float32> var_light_dir,
    wp::float32 var_max_t,
    wp::float32 var_thickness,
    wp::uint64 adj_mesh,
    wp::array_t<wp::float32> adj_visibility,
    wp::array_t<wp::int32> adj_inside,
    wp::transform_t<wp::float32> adj_root_xform,
    wp::vec_t<3, wp::float32> adj_light_dir,
    wp::float32 adj_max_t,
    wp::float32 adj_thickness)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32> var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 1.0;
        bool var_5;
        const wp::int32 var_6 = -1;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        const wp::float32 var_10 = 0.0;
        const wp::float32 var_11 = 0.0;
        wp::vec_t<3, wp::float32> var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = -1;
        const wp::int32 var_15 = 2;
        wp::int32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        //---------
        // forward
        // def shadow_rays(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // x = wp.transform_get_translation(root_xform)                                           <L 15>
        var_1 = wp::transform_get_translation(var_root_xform);
        // start = x + light_dir * thickness                                                      <L 17>
        var_2 = wp::mul(var_light_dir, var_thickness);
        var_3 = wp::add(var_1, var_2);
        // lit = 1.0                                                                              <L 18>
        // if wp.mesh_query_ray_anyhit(mesh, start, light_dir, max_t):                            <L 19>
        var_5 = wp::mesh_query_ray_anyhit(var_mesh, var_3, var_light_dir, var_max_t, var_6);
        if (var_5) {
            // lit = 0.0                                                                          <L 20>
        }
        var_8 = wp::where(var_5, var_7, var_4);
        // crossings = wp.mesh_query_ray_count_intersections(mesh, x, wp.vec3(1.0, 0.0, 0.0))       <L 21>
        var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
        var_13 = wp::mesh_query_ray_count_intersections(var_mesh, var_1, var_12, var_14);
        // visibility[tid] = lit                                                                  <L 22>
        // wp::array_store(var_visibility, var_0, var_8);
        // inside[tid] = crossings % 2                                                            <L 23>
        var_16 = wp::mod(var_13, var_15);
        // wp::array_store(var_inside, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_inside, var_0, var_16, adj_inside, adj_0, adj_16);
        wp::adj_mod(var_13, var_15, adj_13, adj_15, adj_16);
        // adj: inside[tid] = crossings % 2                                                       <L 23>
        wp::adj_array_store(var_visibility, var_0, var_8, adj_visibility, adj_0, adj_8);
        // adj: visibility[tid] = lit                                                             <L 22>
        wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
        // adj: crossings = wp.mesh_query_ray_count_intersections(mesh, x, wp.vec3(1.0, 0.0, 0.0))  <L 21>
        wp::adj_where(var_5, var_7, var_4, adj_5, adj_7, adj_4, adj_8);
        if (var_5) {
            // adj: lit = 0.0                                                                     <L 20>
        }
        // adj: if wp.mesh_query_ray_anyhit(mesh, start, light_dir, max_t):                       <L 19>
        // adj: lit = 1.0                                                                         <L 18>
        wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
        wp::adj_mul(var_light_dir, var_thickness, adj_light_dir, adj_thickness, adj_2);
        // adj: start = x + light_dir * thickness                                                 <L 17>
        wp::adj_transform_get_translation(var_root_xform, adj_root_xform, adj_1);
        // adj: x = wp.transform_get_translation(root_xform)                                      <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def shadow_rays(                                                                  <L 5>
        return;
}

