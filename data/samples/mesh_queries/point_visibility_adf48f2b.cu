// Warp 1.19.0 cuda code for point_visibility_adf48f2b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void point_visibility_82bd350a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_light_dir,
    wp::float32 var_ray_length,
    wp::float32 var_thickness,
    wp::array_t<wp::float32> var_shadow_mask,
    wp::array_t<wp::int32> var_inside)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 1.0;
        bool var_11;
        const wp::int32 var_12 = -1;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        const wp::float32 var_16 = 0.0;
        const wp::float32 var_17 = 0.0;
        wp::vec_t<3, wp::float32> var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = -1;
        const wp::int32 var_21 = 2;
        wp::int32 var_22;
        //---------
        // forward
        // def point_visibility(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // if active[tid] != 1:                                                                   <L 16>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 17>
            continue;
        }
        // x = positions[tid]                                                                     <L 18>
        var_5 = wp::address(var_positions, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // start = x + light_dir * thickness                                                      <L 20>
        var_8 = wp::mul(var_light_dir, var_thickness);
        var_9 = wp::add(var_6, var_8);
        // lit = 1.0                                                                              <L 21>
        // if wp.mesh_query_ray_anyhit(collider_mesh, start, light_dir, ray_length):              <L 22>
        var_11 = wp::mesh_query_ray_anyhit(var_collider_mesh, var_9, var_light_dir, var_ray_length, var_12);
        if (var_11) {
            // lit = 0.0                                                                          <L 23>
        }
        var_14 = wp::where(var_11, var_13, var_10);
        // crossings = wp.mesh_query_ray_count_intersections(collider_mesh, x, wp.vec3(1.0, 0.0, 0.0))       <L 24>
        var_18 = wp::vec_t<3, wp::float32>(var_15, var_16, var_17);
        var_19 = wp::mesh_query_ray_count_intersections(var_collider_mesh, var_6, var_18, var_20);
        // shadow_mask[tid] = lit                                                                 <L 25>
        wp::array_store(var_shadow_mask, var_0, var_14);
        // inside[tid] = crossings % 2                                                            <L 26>
        var_22 = wp::mod(var_19, var_21);
        wp::array_store(var_inside, var_0, var_22);
    }
}



extern "C" __global__ void point_visibility_82bd350a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_light_dir,
    wp::float32 var_ray_length,
    wp::float32 var_thickness,
    wp::array_t<wp::float32> var_shadow_mask,
    wp::array_t<wp::int32> var_inside,
    wp::uint64 adj_collider_mesh,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::vec_t<3, wp::float32> adj_light_dir,
    wp::float32 adj_ray_length,
    wp::float32 adj_thickness,
    wp::array_t<wp::float32> adj_shadow_mask,
    wp::array_t<wp::int32> adj_inside)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 1.0;
        bool var_11;
        const wp::int32 var_12 = -1;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        const wp::float32 var_16 = 0.0;
        const wp::float32 var_17 = 0.0;
        wp::vec_t<3, wp::float32> var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = -1;
        const wp::int32 var_21 = 2;
        wp::int32 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        //---------
        // forward
        // def point_visibility(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // if active[tid] != 1:                                                                   <L 16>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 17>
            goto label0;
        }
        // x = positions[tid]                                                                     <L 18>
        var_5 = wp::address(var_positions, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // start = x + light_dir * thickness                                                      <L 20>
        var_8 = wp::mul(var_light_dir, var_thickness);
        var_9 = wp::add(var_6, var_8);
        // lit = 1.0                                                                              <L 21>
        // if wp.mesh_query_ray_anyhit(collider_mesh, start, light_dir, ray_length):              <L 22>
        var_11 = wp::mesh_query_ray_anyhit(var_collider_mesh, var_9, var_light_dir, var_ray_length, var_12);
        if (var_11) {
            // lit = 0.0                                                                          <L 23>
        }
        var_14 = wp::where(var_11, var_13, var_10);
        // crossings = wp.mesh_query_ray_count_intersections(collider_mesh, x, wp.vec3(1.0, 0.0, 0.0))       <L 24>
        var_18 = wp::vec_t<3, wp::float32>(var_15, var_16, var_17);
        var_19 = wp::mesh_query_ray_count_intersections(var_collider_mesh, var_6, var_18, var_20);
        // shadow_mask[tid] = lit                                                                 <L 25>
        // wp::array_store(var_shadow_mask, var_0, var_14);
        // inside[tid] = crossings % 2                                                            <L 26>
        var_22 = wp::mod(var_19, var_21);
        // wp::array_store(var_inside, var_0, var_22);
        //---------
        // reverse
        wp::adj_array_store(var_inside, var_0, var_22, adj_inside, adj_0, adj_22);
        wp::adj_mod(var_19, var_21, adj_19, adj_21, adj_22);
        // adj: inside[tid] = crossings % 2                                                       <L 26>
        wp::adj_array_store(var_shadow_mask, var_0, var_14, adj_shadow_mask, adj_0, adj_14);
        // adj: shadow_mask[tid] = lit                                                            <L 25>
        wp::adj_vec_t(var_15, var_16, var_17, adj_15, adj_16, adj_17, adj_18);
        // adj: crossings = wp.mesh_query_ray_count_intersections(collider_mesh, x, wp.vec3(1.0, 0.0, 0.0))  <L 24>
        wp::adj_where(var_11, var_13, var_10, adj_11, adj_13, adj_10, adj_14);
        if (var_11) {
            // adj: lit = 0.0                                                                     <L 23>
        }
        // adj: if wp.mesh_query_ray_anyhit(collider_mesh, start, light_dir, ray_length):         <L 22>
        // adj: lit = 1.0                                                                         <L 21>
        wp::adj_add(var_6, var_8, adj_6, adj_8, adj_9);
        wp::adj_mul(var_light_dir, var_thickness, adj_light_dir, adj_thickness, adj_8);
        // adj: start = x + light_dir * thickness                                                 <L 20>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_5);
        // adj: x = positions[tid]                                                                <L 18>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 17>
        }
        wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
        // adj: if active[tid] != 1:                                                              <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def point_visibility(                                                             <L 5>
        continue;
    }
}

