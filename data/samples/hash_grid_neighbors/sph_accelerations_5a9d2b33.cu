// Warp 1.19.0 cuda code for sph_accelerations_5a9d2b33.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// sph_accelerations.py:106
static CUDA_CALLABLE wp::float32 pressure_from_density_0(
    wp::float32 var_rho,
    wp::float32 var_rho0,
    wp::float32 var_k_p)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 7.0;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 7.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:               <L 107>
    // return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)                              <L 109>
    var_0 = wp::mul(var_k_p, var_rho0);
    var_2 = wp::div(var_0, var_1);
    var_3 = wp::div(var_rho, var_rho0);
    var_5 = wp::pow(var_3, var_4);
    var_7 = wp::sub(var_5, var_6);
    var_8 = wp::mul(var_2, var_7);
    return var_8;
}


// sph_accelerations.py:46
static CUDA_CALLABLE wp::float32 phase_pressure_0(
    wp::float32 var_rho,
    wp::vec_t<4, wp::float32> var_fluid)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 47>
    // p = fluid[1] * (rho - fluid[0])                                                        <L 49>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::sub(var_rho, var_3);
    var_5 = wp::mul(var_1, var_4);
    // return p                                                                               <L 50>
    return var_5;
}


// sph_accelerations.py:22
static CUDA_CALLABLE wp::vec_t<3, wp::float32> spiky_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_d,
    wp::float32 var_h)
{
    //---------
    // primal vars
    const wp::float32 var_0 = -45.0;
    const wp::float32 var_1 = 3.141592653589793;
    const wp::float32 var_2 = 6.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // forward
    // def spiky_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                             <L 23>
    // return r * (-45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - d) * (h - d) / d)                  <L 25>
    var_3 = wp::pow(var_h, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_5 = wp::div(var_0, var_4);
    var_6 = wp::sub(var_h, var_d);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::sub(var_h, var_d);
    var_9 = wp::mul(var_7, var_8);
    var_10 = wp::div(var_9, var_d);
    var_11 = wp::mul(var_r, var_10);
    return var_11;
}


// sph_accelerations.py:106
static CUDA_CALLABLE void adj_pressure_from_density_0(
    wp::float32 var_rho,
    wp::float32 var_rho0,
    wp::float32 var_k_p,
    wp::float32 & adj_rho,
    wp::float32 & adj_rho0,
    wp::float32 & adj_k_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 7.0;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 7.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:               <L 107>
    // return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)                              <L 109>
    var_0 = wp::mul(var_k_p, var_rho0);
    var_2 = wp::div(var_0, var_1);
    var_3 = wp::div(var_rho, var_rho0);
    var_5 = wp::pow(var_3, var_4);
    var_7 = wp::sub(var_5, var_6);
    var_8 = wp::mul(var_2, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_mul(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_pow(var_3, var_4, var_5, adj_3, adj_4, adj_5);
    wp::adj_div(var_rho, var_rho0, var_3, adj_rho, adj_rho0, adj_3);
    wp::adj_div(var_0, var_1, var_2, adj_0, adj_1, adj_2);
    wp::adj_mul(var_k_p, var_rho0, adj_k_p, adj_rho0, adj_0);
    // adj: return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)                         <L 109>
    // adj: def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:          <L 107>
    return;
}


// sph_accelerations.py:46
static CUDA_CALLABLE void adj_phase_pressure_0(
    wp::float32 var_rho,
    wp::vec_t<4, wp::float32> var_fluid,
    wp::float32 & adj_rho,
    wp::vec_t<4, wp::float32> & adj_fluid,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 47>
    // p = fluid[1] * (rho - fluid[0])                                                        <L 49>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::sub(var_rho, var_3);
    var_5 = wp::mul(var_1, var_4);
    // return p                                                                               <L 50>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    // adj: return p                                                                          <L 50>
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_sub(var_rho, var_3, adj_rho, adj_3, adj_4);
    wp::adj_extract(var_fluid, var_2, adj_fluid, adj_2, adj_3);
    wp::adj_extract(var_fluid, var_0, adj_fluid, adj_0, adj_1);
    // adj: p = fluid[1] * (rho - fluid[0])                                                   <L 49>
    // adj: def phase_pressure(rho: float, fluid: fluid_phase) -> float:                      <L 47>
    return;
}


// sph_accelerations.py:22
static CUDA_CALLABLE void adj_spiky_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_d,
    wp::float32 var_h,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::float32 & adj_d,
    wp::float32 & adj_h,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = -45.0;
    const wp::float32 var_1 = 3.141592653589793;
    const wp::float32 var_2 = 6.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    //---------
    // forward
    // def spiky_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                             <L 23>
    // return r * (-45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - d) * (h - d) / d)                  <L 25>
    var_3 = wp::pow(var_h, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_5 = wp::div(var_0, var_4);
    var_6 = wp::sub(var_h, var_d);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::sub(var_h, var_d);
    var_9 = wp::mul(var_7, var_8);
    var_10 = wp::div(var_9, var_d);
    var_11 = wp::mul(var_r, var_10);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_11 += adj_ret;
    wp::adj_mul(var_r, var_10, adj_r, adj_10, adj_11);
    wp::adj_div(var_9, var_d, var_10, adj_9, adj_d, adj_10);
    wp::adj_mul(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_sub(var_h, var_d, adj_h, adj_d, adj_8);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_sub(var_h, var_d, adj_h, adj_d, adj_6);
    wp::adj_div(var_0, var_4, var_5, adj_0, adj_4, adj_5);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_pow(var_h, var_2, var_3, adj_h, adj_2, adj_3);
    // adj: return r * (-45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - d) * (h - d) / d)             <L 25>
    // adj: def spiky_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                        <L 23>
    return;
}



extern "C" __global__ void count_neighbors_4e76dc20_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::float32 var_particle_radius,
    wp::array_t<wp::int32> var_num_neighbors)
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
        wp::int32 var_1;
        const wp::int32 var_2 = -1;
        bool var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::hash_grid_query_f var_10;
        wp::int32 var_11;
        bool var_12;
        bool var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        //---------
        // forward
        // def count_neighbors(                                                                   <L 169>
        // tid = wp.tid()                                                                         <L 175>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 176>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // if i == -1:                                                                            <L 177>
        var_3 = (var_1 == var_2);
        if (var_3) {
            // return                                                                             <L 178>
            continue;
        }
        // x = positions[i]                                                                       <L 179>
        var_4 = wp::address(var_positions, var_1);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // r_sq = particle_radius * particle_radius                                               <L 180>
        var_7 = wp::mul(var_particle_radius, var_particle_radius);
        // count = int(0)                                                                         <L 181>
        var_9 = wp::int(var_8);
        // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 182>
        var_10 = wp::hash_grid_query(var_grid, var_5, var_particle_radius);
        start_for_1:;
            if (iter_cmp(var_10) == 0) goto end_for_1;
            var_11 = wp::iter_next(var_10);
            // if j != i and wp.dot(x - positions[j], x - positions[j]) <= r_sq:                  <L 183>
            var_13 = (var_11 != var_1);
            var_12 = var_13;
            if (var_12) {
                var_14 = wp::address(var_positions, var_11);
                var_16 = wp::load(var_14);
                var_15 = wp::sub(var_5, var_16);
                var_17 = wp::address(var_positions, var_11);
                var_19 = wp::load(var_17);
                var_18 = wp::sub(var_5, var_19);
                var_20 = wp::dot(var_15, var_18);
                var_21 = (var_20 <= var_7);
                var_12 = var_12 && var_21;
            }
            if (var_12) {
                // count += 1                                                                     <L 184>
                var_23 = wp::add(var_9, var_22);
            }
            var_24 = wp::where(var_12, var_23, var_9);
            wp::assign(var_9, var_24);
            goto start_for_1;
        end_for_1:;
        // num_neighbors[i] = count                                                               <L 185>
        wp::array_store(var_num_neighbors, var_1, var_9);
    }
}



extern "C" __global__ void count_neighbors_4e76dc20_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::float32 var_particle_radius,
    wp::array_t<wp::int32> var_num_neighbors,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::float32 adj_particle_radius,
    wp::array_t<wp::int32> adj_num_neighbors)
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
        wp::int32 var_1;
        const wp::int32 var_2 = -1;
        bool var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::hash_grid_query_f var_10;
        wp::int32 var_11;
        bool var_12;
        bool var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::hash_grid_query_f adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        bool adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        //---------
        // forward
        // def count_neighbors(                                                                   <L 169>
        // tid = wp.tid()                                                                         <L 175>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 176>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // if i == -1:                                                                            <L 177>
        var_3 = (var_1 == var_2);
        if (var_3) {
            // return                                                                             <L 178>
            goto label0;
        }
        // x = positions[i]                                                                       <L 179>
        var_4 = wp::address(var_positions, var_1);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // r_sq = particle_radius * particle_radius                                               <L 180>
        var_7 = wp::mul(var_particle_radius, var_particle_radius);
        // count = int(0)                                                                         <L 181>
        var_9 = wp::int(var_8);
        // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 182>
        var_10 = wp::hash_grid_query(var_grid, var_5, var_particle_radius);
        // num_neighbors[i] = count                                                               <L 185>
        // wp::array_store(var_num_neighbors, var_1, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_num_neighbors, var_1, var_9, adj_num_neighbors, adj_1, adj_9);
        // adj: num_neighbors[i] = count                                                          <L 185>
        var_10 = wp::iter_reverse(var_10);
        start_for_1:;
            if (iter_cmp(var_10) == 0) goto end_for_1;
            var_11 = wp::iter_next(var_10);
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
            // if j != i and wp.dot(x - positions[j], x - positions[j]) <= r_sq:                  <L 183>
            var_13 = (var_11 != var_1);
            var_12 = var_13;
            if (var_12) {
                var_14 = wp::address(var_positions, var_11);
                var_16 = wp::load(var_14);
                var_15 = wp::sub(var_5, var_16);
                var_17 = wp::address(var_positions, var_11);
                var_19 = wp::load(var_17);
                var_18 = wp::sub(var_5, var_19);
                var_20 = wp::dot(var_15, var_18);
                var_21 = (var_20 <= var_7);
                var_12 = var_12 && var_21;
            }
            if (var_12) {
                // count += 1                                                                     <L 184>
                var_23 = wp::add(var_9, var_22);
            }
            var_24 = wp::where(var_12, var_23, var_9);
            wp::assign(var_9, var_24);
            wp::adj_assign(var_9, var_24, adj_9, adj_24);
            wp::adj_where(var_12, var_23, var_9, adj_12, adj_23, adj_9, adj_24);
            if (var_12) {
                wp::adj_add(var_9, var_22, adj_9, adj_22, adj_23);
                // adj: count += 1                                                                <L 184>
            }
            if (var_12) {
                wp::adj_dot(var_15, var_18, adj_15, adj_18, adj_20);
                wp::adj_sub(var_5, var_19, adj_5, adj_17, adj_18);
                wp::adj_address(var_positions, var_11, adj_positions, adj_11, adj_17);
                wp::adj_sub(var_5, var_16, adj_5, adj_14, adj_15);
                wp::adj_address(var_positions, var_11, adj_positions, adj_11, adj_14);
            }
            // adj: if j != i and wp.dot(x - positions[j], x - positions[j]) <= r_sq:             <L 183>
        	goto start_for_1;
        end_for_1:;
        // adj: for j in wp.hash_grid_query(grid, x, particle_radius):                            <L 182>
        // adj: count = int(0)                                                                    <L 181>
        wp::adj_mul(var_particle_radius, var_particle_radius, adj_particle_radius, adj_particle_radius, adj_7);
        // adj: r_sq = particle_radius * particle_radius                                          <L 180>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_4);
        // adj: x = positions[i]                                                                  <L 179>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 178>
        }
        // adj: if i == -1:                                                                       <L 177>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 176>
        // adj: tid = wp.tid()                                                                    <L 175>
        // adj: def count_neighbors(                                                              <L 169>
        continue;
    }
}



extern "C" __global__ void sph_pressure_viscosity_6a2af400_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_densities,
    wp::array_t<wp::int32> var_particle_phase,
    wp::float32 var_particle_mass,
    wp::float32 var_kernel_radius,
    wp::float32 var_rest_density,
    wp::float32 var_pressure_stiffness,
    wp::float32 var_viscosity,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_a,
    wp::array_t<wp::int32> var_neighbor_count)
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
        wp::int32 var_1;
        const wp::int32 var_2 = -1;
        bool var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 1;
        bool var_6;
        wp::int32 var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = -45.0;
        const wp::float32 var_22 = 3.141592653589793;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 45.0;
        const wp::float32 var_26 = 3.141592653589793;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.0;
        wp::vec_t<3, wp::float32> var_30;
        const wp::float32 var_31 = 0.0;
        wp::vec_t<3, wp::float32> var_32;
        const wp::int32 var_33 = 0;
        wp::int32 var_34;
        wp::hash_grid_query_f var_35;
        const wp::int32 var_36 = 0;
        wp::int32 var_37;
        bool var_38;
        bool var_39;
        wp::vec_t<3, wp::float32>* var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::float32 var_43;
        bool var_44;
        bool var_45;
        const wp::float32 var_46 = 1e-06;
        bool var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::int32* var_50;
        const wp::int32 var_51 = 0;
        bool var_52;
        wp::int32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::vec_t<3, wp::float32> var_64;
        const wp::int32 var_65 = 1;
        wp::int32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::float32 var_69 = 2.0;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32>* var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::vec_t<3, wp::float32> var_86;
        //---------
        // forward
        // def sph_pressure_viscosity(                                                            <L 113>
        // tid = wp.tid()                                                                         <L 128>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 129>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // if i == -1:                                                                            <L 130>
        var_3 = (var_1 == var_2);
        if (var_3) {
            // return                                                                             <L 131>
            continue;
        }
        // if particle_phase[i] == Phase.BOUNDARY:                                                <L 132>
        var_4 = wp::address(var_particle_phase, var_1);
        var_7 = wp::load(var_4);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // return                                                                             <L 133>
            continue;
        }
        // x_i = particle_x[i]                                                                    <L 134>
        var_8 = wp::address(var_particle_x, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // v_i = particle_v[i]                                                                    <L 135>
        var_11 = wp::address(var_particle_v, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // rho_i = densities[i]                                                                   <L 136>
        var_14 = wp::address(var_densities, var_1);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // p_i = pressure_from_density(rho_i, rest_density, pressure_stiffness)                   <L 137>
        var_17 = pressure_from_density_0(var_15, var_rest_density, var_pressure_stiffness);
        // h2 = kernel_radius * kernel_radius                                                     <L 138>
        var_18 = wp::mul(var_kernel_radius, var_kernel_radius);
        // h6 = h2 * h2 * h2                                                                      <L 139>
        var_19 = wp::mul(var_18, var_18);
        var_20 = wp::mul(var_19, var_18);
        // spiky_coeff = -45.0 / (wp.pi * h6)                                                     <L 140>
        var_23 = wp::mul(var_22, var_20);
        var_24 = wp::div(var_21, var_23);
        // laplacian_coeff = 45.0 / (wp.pi * h6)                                                  <L 141>
        var_27 = wp::mul(var_26, var_20);
        var_28 = wp::div(var_25, var_27);
        // a_pressure = wp.vec3(0.0)                                                              <L 142>
        var_30 = wp::vec_t<3, wp::float32>(var_29);
        // a_viscosity = wp.vec3(0.0)                                                             <L 143>
        var_32 = wp::vec_t<3, wp::float32>(var_31);
        // num_neighbors = int(0)                                                                 <L 144>
        var_34 = wp::int(var_33);
        // query = wp.hash_grid_query(grid, x_i, kernel_radius)                                   <L 145>
        var_35 = wp::hash_grid_query(var_grid, var_9, var_kernel_radius);
        // j = int(0)                                                                             <L 146>
        var_37 = wp::int(var_36);
        // while wp.hash_grid_query_next(query, j):                                               <L 147>
        start_while_2:;
        var_38 = wp::hash_grid_query_next(var_35, var_37);
        if ((var_38) == false) goto end_while_2;
            // if j == i:                                                                         <L 148>
            var_39 = (var_37 == var_1);
            if (var_39) {
                // continue                                                                       <L 149>
                goto start_while_2;
            }
            // r = x_i - particle_x[j]                                                            <L 150>
            var_40 = wp::address(var_particle_x, var_37);
            var_42 = wp::load(var_40);
            var_41 = wp::sub(var_9, var_42);
            // d = wp.length(r)                                                                   <L 151>
            var_43 = wp::length(var_41);
            // if d >= kernel_radius or d < 1.0e-6:                                               <L 152>
            var_45 = (var_43 >= var_kernel_radius);
            var_44 = var_45;
            if (!var_44) {
                var_47 = (var_43 < var_46);
                var_44 = var_44 || var_47;
            }
            if (var_44) {
                // continue                                                                       <L 153>
                goto start_while_2;
            }
            // rho_j = rho_i                                                                      <L 154>
            var_48 = wp::copy(var_15);
            // p_j = p_i                                                                          <L 155>
            var_49 = wp::copy(var_17);
            // if particle_phase[j] == Phase.FLUID:                                               <L 156>
            var_50 = wp::address(var_particle_phase, var_37);
            var_53 = wp::load(var_50);
            var_52 = (var_53 == var_51);
            if (var_52) {
                // rho_j = densities[j]                                                           <L 157>
                var_54 = wp::address(var_densities, var_37);
                var_56 = wp::load(var_54);
                var_55 = wp::copy(var_56);
                // p_j = pressure_from_density(rho_j, rest_density, pressure_stiffness)           <L 158>
                var_57 = pressure_from_density_0(var_55, var_rest_density, var_pressure_stiffness);
            }
            var_58 = wp::where(var_52, var_55, var_48);
            var_59 = wp::where(var_52, var_57, var_49);
            // q = kernel_radius - d                                                              <L 159>
            var_60 = wp::sub(var_kernel_radius, var_43);
            // grad_w = r * (spiky_coeff * q * q / d)                                             <L 160>
            var_61 = wp::mul(var_24, var_60);
            var_62 = wp::mul(var_61, var_60);
            var_63 = wp::div(var_62, var_43);
            var_64 = wp::mul(var_41, var_63);
            // num_neighbors += 1                                                                 <L 161>
            var_66 = wp::add(var_34, var_65);
            // a_pressure -= grad_w * (particle_mass * (p_i + p_j) / (2.0 * rho_i * rho_j))       <L 162>
            var_67 = wp::add(var_17, var_59);
            var_68 = wp::mul(var_particle_mass, var_67);
            var_70 = wp::mul(var_69, var_15);
            var_71 = wp::mul(var_70, var_58);
            var_72 = wp::div(var_68, var_71);
            var_73 = wp::mul(var_64, var_72);
            var_74 = wp::sub(var_30, var_73);
            // a_viscosity += (particle_v[j] - v_i) * (particle_mass / (rho_i * rho_j) * laplacian_coeff * q)       <L 163>
            var_75 = wp::address(var_particle_v, var_37);
            var_77 = wp::load(var_75);
            var_76 = wp::sub(var_77, var_12);
            var_78 = wp::mul(var_15, var_58);
            var_79 = wp::div(var_particle_mass, var_78);
            var_80 = wp::mul(var_79, var_28);
            var_81 = wp::mul(var_80, var_60);
            var_82 = wp::mul(var_76, var_81);
            var_83 = wp::add(var_32, var_82);
            wp::assign(var_30, var_74);
            wp::assign(var_32, var_83);
            wp::assign(var_34, var_66);
        goto start_while_2;
        end_while_2:;
        // neighbor_count[i] = num_neighbors                                                      <L 164>
        wp::array_store(var_neighbor_count, var_1, var_34);
        // particle_a[i] = a_pressure + a_viscosity * viscosity + gravity                         <L 165>
        var_84 = wp::mul(var_32, var_viscosity);
        var_85 = wp::add(var_30, var_84);
        var_86 = wp::add(var_85, var_gravity);
        wp::array_store(var_particle_a, var_1, var_86);
    }
}



extern "C" __global__ void sph_pressure_viscosity_6a2af400_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_densities,
    wp::array_t<wp::int32> var_particle_phase,
    wp::float32 var_particle_mass,
    wp::float32 var_kernel_radius,
    wp::float32 var_rest_density,
    wp::float32 var_pressure_stiffness,
    wp::float32 var_viscosity,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_a,
    wp::array_t<wp::int32> var_neighbor_count,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::float32> adj_densities,
    wp::array_t<wp::int32> adj_particle_phase,
    wp::float32 adj_particle_mass,
    wp::float32 adj_kernel_radius,
    wp::float32 adj_rest_density,
    wp::float32 adj_pressure_stiffness,
    wp::float32 adj_viscosity,
    wp::vec_t<3, wp::float32> adj_gravity,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_a,
    wp::array_t<wp::int32> adj_neighbor_count)
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
        wp::int32 var_1;
        const wp::int32 var_2 = -1;
        bool var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 1;
        bool var_6;
        wp::int32 var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = -45.0;
        const wp::float32 var_22 = 3.141592653589793;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 45.0;
        const wp::float32 var_26 = 3.141592653589793;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.0;
        wp::vec_t<3, wp::float32> var_30;
        const wp::float32 var_31 = 0.0;
        wp::vec_t<3, wp::float32> var_32;
        const wp::int32 var_33 = 0;
        wp::int32 var_34;
        wp::hash_grid_query_f var_35;
        const wp::int32 var_36 = 0;
        wp::int32 var_37;
        bool var_38;
        bool var_39;
        wp::vec_t<3, wp::float32>* var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::float32 var_43;
        bool var_44;
        bool var_45;
        const wp::float32 var_46 = 1e-06;
        bool var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::int32* var_50;
        const wp::int32 var_51 = 0;
        bool var_52;
        wp::int32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::vec_t<3, wp::float32> var_64;
        const wp::int32 var_65 = 1;
        wp::int32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::float32 var_69 = 2.0;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32>* var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::vec_t<3, wp::float32> var_86;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::hash_grid_query_f adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        bool adj_38 = {};
        bool adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::float32 adj_43 = {};
        bool adj_44 = {};
        bool adj_45 = {};
        wp::float32 adj_46 = {};
        bool adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        bool adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        wp::vec_t<3, wp::float32> adj_76 = {};
        wp::vec_t<3, wp::float32> adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::vec_t<3, wp::float32> adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::vec_t<3, wp::float32> adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        wp::vec_t<3, wp::float32> adj_86 = {};
        //---------
        // forward
        // def sph_pressure_viscosity(                                                            <L 113>
        // tid = wp.tid()                                                                         <L 128>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 129>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // if i == -1:                                                                            <L 130>
        var_3 = (var_1 == var_2);
        if (var_3) {
            // return                                                                             <L 131>
            goto label0;
        }
        // if particle_phase[i] == Phase.BOUNDARY:                                                <L 132>
        var_4 = wp::address(var_particle_phase, var_1);
        var_7 = wp::load(var_4);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // return                                                                             <L 133>
            goto label1;
        }
        // x_i = particle_x[i]                                                                    <L 134>
        var_8 = wp::address(var_particle_x, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // v_i = particle_v[i]                                                                    <L 135>
        var_11 = wp::address(var_particle_v, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // rho_i = densities[i]                                                                   <L 136>
        var_14 = wp::address(var_densities, var_1);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // p_i = pressure_from_density(rho_i, rest_density, pressure_stiffness)                   <L 137>
        var_17 = pressure_from_density_0(var_15, var_rest_density, var_pressure_stiffness);
        // h2 = kernel_radius * kernel_radius                                                     <L 138>
        var_18 = wp::mul(var_kernel_radius, var_kernel_radius);
        // h6 = h2 * h2 * h2                                                                      <L 139>
        var_19 = wp::mul(var_18, var_18);
        var_20 = wp::mul(var_19, var_18);
        // spiky_coeff = -45.0 / (wp.pi * h6)                                                     <L 140>
        var_23 = wp::mul(var_22, var_20);
        var_24 = wp::div(var_21, var_23);
        // laplacian_coeff = 45.0 / (wp.pi * h6)                                                  <L 141>
        var_27 = wp::mul(var_26, var_20);
        var_28 = wp::div(var_25, var_27);
        // a_pressure = wp.vec3(0.0)                                                              <L 142>
        var_30 = wp::vec_t<3, wp::float32>(var_29);
        // a_viscosity = wp.vec3(0.0)                                                             <L 143>
        var_32 = wp::vec_t<3, wp::float32>(var_31);
        // num_neighbors = int(0)                                                                 <L 144>
        var_34 = wp::int(var_33);
        // query = wp.hash_grid_query(grid, x_i, kernel_radius)                                   <L 145>
        var_35 = wp::hash_grid_query(var_grid, var_9, var_kernel_radius);
        // j = int(0)                                                                             <L 146>
        var_37 = wp::int(var_36);
        // while wp.hash_grid_query_next(query, j):                                               <L 147>
        // neighbor_count[i] = num_neighbors                                                      <L 164>
        // wp::array_store(var_neighbor_count, var_1, var_34);
        // particle_a[i] = a_pressure + a_viscosity * viscosity + gravity                         <L 165>
        var_84 = wp::mul(var_32, var_viscosity);
        var_85 = wp::add(var_30, var_84);
        var_86 = wp::add(var_85, var_gravity);
        // wp::array_store(var_particle_a, var_1, var_86);
        //---------
        // reverse
        wp::adj_array_store(var_particle_a, var_1, var_86, adj_particle_a, adj_1, adj_86);
        wp::adj_add(var_85, var_gravity, adj_85, adj_gravity, adj_86);
        wp::adj_add(var_30, var_84, adj_30, adj_84, adj_85);
        wp::adj_mul(var_32, var_viscosity, adj_32, adj_viscosity, adj_84);
        // adj: particle_a[i] = a_pressure + a_viscosity * viscosity + gravity                    <L 165>
        wp::adj_array_store(var_neighbor_count, var_1, var_34, adj_neighbor_count, adj_1, adj_34);
        // adj: neighbor_count[i] = num_neighbors                                                 <L 164>
        start_while_2:;
        var_38 = wp::hash_grid_query_next(var_35, var_37);
        if ((var_38) == false) goto end_while_2;
        adj_39 = {};
        adj_40 = {};
        adj_41 = {};
        adj_42 = {};
        adj_43 = {};
        adj_44 = {};
        adj_45 = {};
        adj_46 = {};
        adj_47 = {};
        adj_48 = {};
        adj_49 = {};
        adj_50 = {};
        adj_51 = {};
        adj_52 = {};
        adj_53 = {};
        adj_54 = {};
        adj_55 = {};
        adj_56 = {};
        adj_57 = {};
        adj_58 = {};
        adj_59 = {};
        adj_60 = {};
        adj_61 = {};
        adj_62 = {};
        adj_63 = {};
        adj_64 = {};
        adj_65 = {};
        adj_66 = {};
        adj_67 = {};
        adj_68 = {};
        adj_69 = {};
        adj_70 = {};
        adj_71 = {};
        adj_72 = {};
        adj_73 = {};
        adj_74 = {};
        adj_75 = {};
        adj_76 = {};
        adj_77 = {};
        adj_78 = {};
        adj_79 = {};
        adj_80 = {};
        adj_81 = {};
        adj_82 = {};
        adj_83 = {};
            // if j == i:                                                                         <L 148>
            var_39 = (var_37 == var_1);
            if (var_39) {
                // continue                                                                       <L 149>
                goto start_while_2;
            }
            // r = x_i - particle_x[j]                                                            <L 150>
            var_40 = wp::address(var_particle_x, var_37);
            var_42 = wp::load(var_40);
            var_41 = wp::sub(var_9, var_42);
            // d = wp.length(r)                                                                   <L 151>
            var_43 = wp::length(var_41);
            // if d >= kernel_radius or d < 1.0e-6:                                               <L 152>
            var_45 = (var_43 >= var_kernel_radius);
            var_44 = var_45;
            if (!var_44) {
                var_47 = (var_43 < var_46);
                var_44 = var_44 || var_47;
            }
            if (var_44) {
                // continue                                                                       <L 153>
                goto start_while_2;
            }
            // rho_j = rho_i                                                                      <L 154>
            var_48 = wp::copy(var_15);
            // p_j = p_i                                                                          <L 155>
            var_49 = wp::copy(var_17);
            // if particle_phase[j] == Phase.FLUID:                                               <L 156>
            var_50 = wp::address(var_particle_phase, var_37);
            var_53 = wp::load(var_50);
            var_52 = (var_53 == var_51);
            if (var_52) {
                // rho_j = densities[j]                                                           <L 157>
                var_54 = wp::address(var_densities, var_37);
                var_56 = wp::load(var_54);
                var_55 = wp::copy(var_56);
                // p_j = pressure_from_density(rho_j, rest_density, pressure_stiffness)           <L 158>
                var_57 = pressure_from_density_0(var_55, var_rest_density, var_pressure_stiffness);
            }
            var_58 = wp::where(var_52, var_55, var_48);
            var_59 = wp::where(var_52, var_57, var_49);
            // q = kernel_radius - d                                                              <L 159>
            var_60 = wp::sub(var_kernel_radius, var_43);
            // grad_w = r * (spiky_coeff * q * q / d)                                             <L 160>
            var_61 = wp::mul(var_24, var_60);
            var_62 = wp::mul(var_61, var_60);
            var_63 = wp::div(var_62, var_43);
            var_64 = wp::mul(var_41, var_63);
            // num_neighbors += 1                                                                 <L 161>
            var_66 = wp::add(var_34, var_65);
            // a_pressure -= grad_w * (particle_mass * (p_i + p_j) / (2.0 * rho_i * rho_j))       <L 162>
            var_67 = wp::add(var_17, var_59);
            var_68 = wp::mul(var_particle_mass, var_67);
            var_70 = wp::mul(var_69, var_15);
            var_71 = wp::mul(var_70, var_58);
            var_72 = wp::div(var_68, var_71);
            var_73 = wp::mul(var_64, var_72);
            var_74 = wp::sub(var_30, var_73);
            // a_viscosity += (particle_v[j] - v_i) * (particle_mass / (rho_i * rho_j) * laplacian_coeff * q)       <L 163>
            var_75 = wp::address(var_particle_v, var_37);
            var_77 = wp::load(var_75);
            var_76 = wp::sub(var_77, var_12);
            var_78 = wp::mul(var_15, var_58);
            var_79 = wp::div(var_particle_mass, var_78);
            var_80 = wp::mul(var_79, var_28);
            var_81 = wp::mul(var_80, var_60);
            var_82 = wp::mul(var_76, var_81);
            var_83 = wp::add(var_32, var_82);
            wp::assign(var_30, var_74);
            wp::assign(var_32, var_83);
            wp::assign(var_34, var_66);
            wp::adj_assign(var_34, var_66, adj_34, adj_66);
            wp::adj_assign(var_32, var_83, adj_32, adj_83);
            wp::adj_assign(var_30, var_74, adj_30, adj_74);
            wp::adj_add(var_32, var_82, adj_32, adj_82, adj_83);
            wp::adj_mul(var_76, var_81, adj_76, adj_81, adj_82);
            wp::adj_mul(var_80, var_60, adj_80, adj_60, adj_81);
            wp::adj_mul(var_79, var_28, adj_79, adj_28, adj_80);
            wp::adj_div(var_particle_mass, var_78, var_79, adj_particle_mass, adj_78, adj_79);
            wp::adj_mul(var_15, var_58, adj_15, adj_58, adj_78);
            wp::adj_sub(var_77, var_12, adj_75, adj_12, adj_76);
            wp::adj_address(var_particle_v, var_37, adj_particle_v, adj_37, adj_75);
            // adj: a_viscosity += (particle_v[j] - v_i) * (particle_mass / (rho_i * rho_j) * laplacian_coeff * q)  <L 163>
            wp::adj_sub(var_30, var_73, adj_30, adj_73, adj_74);
            wp::adj_mul(var_64, var_72, adj_64, adj_72, adj_73);
            wp::adj_div(var_68, var_71, var_72, adj_68, adj_71, adj_72);
            wp::adj_mul(var_70, var_58, adj_70, adj_58, adj_71);
            wp::adj_mul(var_69, var_15, adj_69, adj_15, adj_70);
            wp::adj_mul(var_particle_mass, var_67, adj_particle_mass, adj_67, adj_68);
            wp::adj_add(var_17, var_59, adj_17, adj_59, adj_67);
            // adj: a_pressure -= grad_w * (particle_mass * (p_i + p_j) / (2.0 * rho_i * rho_j))  <L 162>
            wp::adj_add(var_34, var_65, adj_34, adj_65, adj_66);
            // adj: num_neighbors += 1                                                            <L 161>
            wp::adj_mul(var_41, var_63, adj_41, adj_63, adj_64);
            wp::adj_div(var_62, var_43, var_63, adj_62, adj_43, adj_63);
            wp::adj_mul(var_61, var_60, adj_61, adj_60, adj_62);
            wp::adj_mul(var_24, var_60, adj_24, adj_60, adj_61);
            // adj: grad_w = r * (spiky_coeff * q * q / d)                                        <L 160>
            wp::adj_sub(var_kernel_radius, var_43, adj_kernel_radius, adj_43, adj_60);
            // adj: q = kernel_radius - d                                                         <L 159>
            wp::adj_where(var_52, var_57, var_49, adj_52, adj_57, adj_49, adj_59);
            wp::adj_where(var_52, var_55, var_48, adj_52, adj_55, adj_48, adj_58);
            if (var_52) {
                adj_pressure_from_density_0(var_55, var_rest_density, var_pressure_stiffness, adj_55, adj_rest_density, adj_pressure_stiffness, adj_57);
                // adj: p_j = pressure_from_density(rho_j, rest_density, pressure_stiffness)      <L 158>
                wp::adj_copy(var_56, adj_54, adj_55);
                wp::adj_address(var_densities, var_37, adj_densities, adj_37, adj_54);
                // adj: rho_j = densities[j]                                                      <L 157>
            }
            wp::adj_address(var_particle_phase, var_37, adj_particle_phase, adj_37, adj_50);
            // adj: if particle_phase[j] == Phase.FLUID:                                          <L 156>
            wp::adj_copy(var_17, adj_17, adj_49);
            // adj: p_j = p_i                                                                     <L 155>
            wp::adj_copy(var_15, adj_15, adj_48);
            // adj: rho_j = rho_i                                                                 <L 154>
            if (var_44) {
                // adj: continue                                                                  <L 153>
            }
            if (!var_44) {
            }
            // adj: if d >= kernel_radius or d < 1.0e-6:                                          <L 152>
            wp::adj_length(var_41, var_43, adj_41, adj_43);
            // adj: d = wp.length(r)                                                              <L 151>
            wp::adj_sub(var_9, var_42, adj_9, adj_40, adj_41);
            wp::adj_address(var_particle_x, var_37, adj_particle_x, adj_37, adj_40);
            // adj: r = x_i - particle_x[j]                                                       <L 150>
            if (var_39) {
                // adj: continue                                                                  <L 149>
            }
            // adj: if j == i:                                                                    <L 148>
        goto start_while_2;
        end_while_2:;
        // adj: while wp.hash_grid_query_next(query, j):                                          <L 147>
        // adj: j = int(0)                                                                        <L 146>
        // adj: query = wp.hash_grid_query(grid, x_i, kernel_radius)                              <L 145>
        // adj: num_neighbors = int(0)                                                            <L 144>
        wp::adj_vec_t(var_31, adj_31, adj_32);
        // adj: a_viscosity = wp.vec3(0.0)                                                        <L 143>
        wp::adj_vec_t(var_29, adj_29, adj_30);
        // adj: a_pressure = wp.vec3(0.0)                                                         <L 142>
        wp::adj_div(var_25, var_27, var_28, adj_25, adj_27, adj_28);
        wp::adj_mul(var_26, var_20, adj_26, adj_20, adj_27);
        // adj: laplacian_coeff = 45.0 / (wp.pi * h6)                                             <L 141>
        wp::adj_div(var_21, var_23, var_24, adj_21, adj_23, adj_24);
        wp::adj_mul(var_22, var_20, adj_22, adj_20, adj_23);
        // adj: spiky_coeff = -45.0 / (wp.pi * h6)                                                <L 140>
        wp::adj_mul(var_19, var_18, adj_19, adj_18, adj_20);
        wp::adj_mul(var_18, var_18, adj_18, adj_18, adj_19);
        // adj: h6 = h2 * h2 * h2                                                                 <L 139>
        wp::adj_mul(var_kernel_radius, var_kernel_radius, adj_kernel_radius, adj_kernel_radius, adj_18);
        // adj: h2 = kernel_radius * kernel_radius                                                <L 138>
        adj_pressure_from_density_0(var_15, var_rest_density, var_pressure_stiffness, adj_15, adj_rest_density, adj_pressure_stiffness, adj_17);
        // adj: p_i = pressure_from_density(rho_i, rest_density, pressure_stiffness)              <L 137>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_densities, var_1, adj_densities, adj_1, adj_14);
        // adj: rho_i = densities[i]                                                              <L 136>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_particle_v, var_1, adj_particle_v, adj_1, adj_11);
        // adj: v_i = particle_v[i]                                                               <L 135>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_8);
        // adj: x_i = particle_x[i]                                                               <L 134>
        if (var_6) {
            label1:;
            // adj: return                                                                        <L 133>
        }
        wp::adj_address(var_particle_phase, var_1, adj_particle_phase, adj_1, adj_4);
        // adj: if particle_phase[i] == Phase.BOUNDARY:                                           <L 132>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 131>
        }
        // adj: if i == -1:                                                                       <L 130>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 129>
        // adj: tid = wp.tid()                                                                    <L 128>
        // adj: def sph_pressure_viscosity(                                                       <L 113>
        continue;
    }
}



extern "C" __global__ void create_sph_accelerations_kernel__locals__sph_accelerations_cdcc3233_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_fluid_phases,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_particle_rho,
    wp::array_t<wp::int32> var_particle_phase,
    wp::array_t<wp::int32> var_particle_flags,
    wp::float32 var_kernel_radius,
    wp::float32 var_cohesion,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f)
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
        wp::int32 var_1;
        const wp::int32 var_2 = -1;
        bool var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::vec_t<4, wp::float32>* var_21;
        wp::vec_t<4, wp::float32> var_22;
        wp::vec_t<4, wp::float32> var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 3;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::hash_grid_query_f var_28;
        wp::int32 var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        bool var_34;
        bool var_35;
        const wp::float32 var_36 = 0.0;
        bool var_37;
        const bool var_38 = true;
        wp::vec_t<3, wp::float32> var_39;
        wp::float32* var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::int32* var_43;
        wp::int32 var_44;
        wp::vec_t<4, wp::float32>* var_45;
        wp::vec_t<4, wp::float32> var_46;
        wp::vec_t<4, wp::float32> var_47;
        const wp::int32 var_48 = 3;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::float32 var_54 = 2.0;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        const wp::float32 var_60 = 0.5;
        const wp::int32 var_61 = 2;
        wp::float32 var_62;
        const wp::int32 var_63 = 2;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::vec_t<3, wp::float32>* var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        const wp::float32 var_70 = 2.0;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::vec_t<3, wp::float32> var_86;
        wp::vec_t<3, wp::float32> var_87;
        //---------
        // forward
        // def sph_accelerations(                                                                 <L 55>
        // tid = wp.tid()                                                                         <L 67>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 68>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // if i == -1:                                                                            <L 69>
        var_3 = (var_1 == var_2);
        if (var_3) {
            // return                                                                             <L 70>
            continue;
        }
        // if (particle_flags[i] & PARTICLE_ACTIVE) == 0:                                         <L 71>
        var_4 = wp::address(var_particle_flags, var_1);
        var_7 = wp::load(var_4);
        var_6 = wp::bit_and(var_7, var_5);
        var_9 = (var_6 == var_8);
        if (var_9) {
            // return                                                                             <L 72>
            continue;
        }
        // x_i = particle_x[i]                                                                    <L 73>
        var_10 = wp::address(var_particle_x, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // v_i = particle_v[i]                                                                    <L 74>
        var_13 = wp::address(var_particle_v, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // rho_i = particle_rho[i]                                                                <L 75>
        var_16 = wp::address(var_particle_rho, var_1);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // fluid_i = fluid_phases[particle_phase[i]]                                              <L 76>
        var_19 = wp::address(var_particle_phase, var_1);
        var_20 = wp::load(var_19);
        var_21 = wp::address(var_fluid_phases, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 77>
        var_24 = phase_pressure_0(var_17, var_22);
        // m_i = fluid_i[3]                                                                       <L 78>
        var_26 = wp::extract(var_22, var_25);
        // f = wp.vec3()                                                                          <L 79>
        var_27 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(grid, x_i, kernel_radius):                                 <L 80>
        var_28 = wp::hash_grid_query(var_grid, var_11, var_kernel_radius);
        start_for_2:;
            if (iter_cmp(var_28) == 0) goto end_for_2;
            var_29 = wp::iter_next(var_28);
            // r = x_i - particle_x[j]                                                            <L 81>
            var_30 = wp::address(var_particle_x, var_29);
            var_32 = wp::load(var_30);
            var_31 = wp::sub(var_11, var_32);
            // d = wp.length(r)                                                                   <L 82>
            var_33 = wp::length(var_31);
            // if d >= kernel_radius or d == 0.0:                                                 <L 83>
            var_35 = (var_33 >= var_kernel_radius);
            var_34 = var_35;
            if (!var_34) {
                var_37 = (var_33 == var_36);
                var_34 = var_34 || var_37;
            }
            if (var_34) {
                // continue                                                                       <L 84>
                goto start_for_2;
            }
            // if wp.static(smoothing == SmoothingKernel.SPIKY):                                  <L 85>
            // grad_w = spiky_grad(r, d, kernel_radius)                                           <L 86>
            var_39 = spiky_grad_0(var_31, var_33, var_kernel_radius);
            // rho_j = particle_rho[j]                                                            <L 91>
            var_40 = wp::address(var_particle_rho, var_29);
            var_42 = wp::load(var_40);
            var_41 = wp::copy(var_42);
            // fluid_j = fluid_phases[particle_phase[j]]                                          <L 92>
            var_43 = wp::address(var_particle_phase, var_29);
            var_44 = wp::load(var_43);
            var_45 = wp::address(var_fluid_phases, var_44);
            var_47 = wp::load(var_45);
            var_46 = wp::copy(var_47);
            // m_j = fluid_j[3]                                                                   <L 93>
            var_49 = wp::extract(var_46, var_48);
            // p_j = phase_pressure(rho_j, fluid_j)                                               <L 94>
            var_50 = phase_pressure_0(var_41, var_46);
            // f -= grad_w * (m_i * m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                    <L 95>
            var_51 = wp::mul(var_26, var_49);
            var_52 = wp::add(var_24, var_50);
            var_53 = wp::mul(var_51, var_52);
            var_55 = wp::mul(var_54, var_17);
            var_56 = wp::mul(var_55, var_41);
            var_57 = wp::div(var_53, var_56);
            var_58 = wp::mul(var_39, var_57);
            var_59 = wp::sub(var_27, var_58);
            // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 96>
            var_62 = wp::extract(var_22, var_61);
            var_64 = wp::extract(var_46, var_63);
            var_65 = wp::add(var_62, var_64);
            var_66 = wp::mul(var_60, var_65);
            // f += (particle_v[j] - v_i) * (m_i * 2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / d)       <L 97>
            var_67 = wp::address(var_particle_v, var_29);
            var_69 = wp::load(var_67);
            var_68 = wp::sub(var_69, var_14);
            var_71 = wp::mul(var_26, var_70);
            var_72 = wp::mul(var_71, var_66);
            var_73 = wp::mul(var_72, var_49);
            var_74 = wp::mul(var_17, var_41);
            var_75 = wp::div(var_73, var_74);
            var_76 = wp::length(var_39);
            var_77 = wp::mul(var_75, var_76);
            var_78 = wp::div(var_77, var_33);
            var_79 = wp::mul(var_68, var_78);
            var_80 = wp::add(var_59, var_79);
            // f -= r * (m_i * m_j * cohesion * (kernel_radius - d) / d)                          <L 98>
            var_81 = wp::mul(var_26, var_49);
            var_82 = wp::mul(var_81, var_cohesion);
            var_83 = wp::sub(var_kernel_radius, var_33);
            var_84 = wp::mul(var_82, var_83);
            var_85 = wp::div(var_84, var_33);
            var_86 = wp::mul(var_31, var_85);
            var_87 = wp::sub(var_80, var_86);
            wp::assign(var_27, var_87);
            goto start_for_2;
        end_for_2:;
        // particle_f[i] = f                                                                      <L 99>
        wp::array_store(var_particle_f, var_1, var_27);
    }
}



extern "C" __global__ void create_sph_accelerations_kernel__locals__sph_accelerations_cdcc3233_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_fluid_phases,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_particle_rho,
    wp::array_t<wp::int32> var_particle_phase,
    wp::array_t<wp::int32> var_particle_flags,
    wp::float32 var_kernel_radius,
    wp::float32 var_cohesion,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_fluid_phases,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::float32> adj_particle_rho,
    wp::array_t<wp::int32> adj_particle_phase,
    wp::array_t<wp::int32> adj_particle_flags,
    wp::float32 adj_kernel_radius,
    wp::float32 adj_cohesion,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f)
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
        wp::int32 var_1;
        const wp::int32 var_2 = -1;
        bool var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::vec_t<4, wp::float32>* var_21;
        wp::vec_t<4, wp::float32> var_22;
        wp::vec_t<4, wp::float32> var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 3;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::hash_grid_query_f var_28;
        wp::int32 var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        bool var_34;
        bool var_35;
        const wp::float32 var_36 = 0.0;
        bool var_37;
        const bool var_38 = true;
        wp::vec_t<3, wp::float32> var_39;
        wp::float32* var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::int32* var_43;
        wp::int32 var_44;
        wp::vec_t<4, wp::float32>* var_45;
        wp::vec_t<4, wp::float32> var_46;
        wp::vec_t<4, wp::float32> var_47;
        const wp::int32 var_48 = 3;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::float32 var_54 = 2.0;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        const wp::float32 var_60 = 0.5;
        const wp::int32 var_61 = 2;
        wp::float32 var_62;
        const wp::int32 var_63 = 2;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::vec_t<3, wp::float32>* var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        const wp::float32 var_70 = 2.0;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::vec_t<3, wp::float32> var_86;
        wp::vec_t<3, wp::float32> var_87;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::vec_t<4, wp::float32> adj_21 = {};
        wp::vec_t<4, wp::float32> adj_22 = {};
        wp::vec_t<4, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::hash_grid_query_f adj_28 = {};
        wp::int32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        bool adj_34 = {};
        bool adj_35 = {};
        wp::float32 adj_36 = {};
        bool adj_37 = {};
        bool adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::vec_t<4, wp::float32> adj_45 = {};
        wp::vec_t<4, wp::float32> adj_46 = {};
        wp::vec_t<4, wp::float32> adj_47 = {};
        wp::int32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::float32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::vec_t<3, wp::float32> adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::vec_t<3, wp::float32> adj_86 = {};
        wp::vec_t<3, wp::float32> adj_87 = {};
        //---------
        // forward
        // def sph_accelerations(                                                                 <L 55>
        // tid = wp.tid()                                                                         <L 67>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 68>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // if i == -1:                                                                            <L 69>
        var_3 = (var_1 == var_2);
        if (var_3) {
            // return                                                                             <L 70>
            goto label0;
        }
        // if (particle_flags[i] & PARTICLE_ACTIVE) == 0:                                         <L 71>
        var_4 = wp::address(var_particle_flags, var_1);
        var_7 = wp::load(var_4);
        var_6 = wp::bit_and(var_7, var_5);
        var_9 = (var_6 == var_8);
        if (var_9) {
            // return                                                                             <L 72>
            goto label1;
        }
        // x_i = particle_x[i]                                                                    <L 73>
        var_10 = wp::address(var_particle_x, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // v_i = particle_v[i]                                                                    <L 74>
        var_13 = wp::address(var_particle_v, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // rho_i = particle_rho[i]                                                                <L 75>
        var_16 = wp::address(var_particle_rho, var_1);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // fluid_i = fluid_phases[particle_phase[i]]                                              <L 76>
        var_19 = wp::address(var_particle_phase, var_1);
        var_20 = wp::load(var_19);
        var_21 = wp::address(var_fluid_phases, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 77>
        var_24 = phase_pressure_0(var_17, var_22);
        // m_i = fluid_i[3]                                                                       <L 78>
        var_26 = wp::extract(var_22, var_25);
        // f = wp.vec3()                                                                          <L 79>
        var_27 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(grid, x_i, kernel_radius):                                 <L 80>
        var_28 = wp::hash_grid_query(var_grid, var_11, var_kernel_radius);
        // particle_f[i] = f                                                                      <L 99>
        // wp::array_store(var_particle_f, var_1, var_27);
        //---------
        // reverse
        wp::adj_array_store(var_particle_f, var_1, var_27, adj_particle_f, adj_1, adj_27);
        // adj: particle_f[i] = f                                                                 <L 99>
        var_28 = wp::iter_reverse(var_28);
        start_for_2:;
            if (iter_cmp(var_28) == 0) goto end_for_2;
            var_29 = wp::iter_next(var_28);
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
        	adj_43 = {};
        	adj_44 = {};
        	adj_45 = {};
        	adj_46 = {};
        	adj_47 = {};
        	adj_48 = {};
        	adj_49 = {};
        	adj_50 = {};
        	adj_51 = {};
        	adj_52 = {};
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
        	adj_56 = {};
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
        	adj_66 = {};
        	adj_67 = {};
        	adj_68 = {};
        	adj_69 = {};
        	adj_70 = {};
        	adj_71 = {};
        	adj_72 = {};
        	adj_73 = {};
        	adj_74 = {};
        	adj_75 = {};
        	adj_76 = {};
        	adj_77 = {};
        	adj_78 = {};
        	adj_79 = {};
        	adj_80 = {};
        	adj_81 = {};
        	adj_82 = {};
        	adj_83 = {};
        	adj_84 = {};
        	adj_85 = {};
        	adj_86 = {};
        	adj_87 = {};
            // r = x_i - particle_x[j]                                                            <L 81>
            var_30 = wp::address(var_particle_x, var_29);
            var_32 = wp::load(var_30);
            var_31 = wp::sub(var_11, var_32);
            // d = wp.length(r)                                                                   <L 82>
            var_33 = wp::length(var_31);
            // if d >= kernel_radius or d == 0.0:                                                 <L 83>
            var_35 = (var_33 >= var_kernel_radius);
            var_34 = var_35;
            if (!var_34) {
                var_37 = (var_33 == var_36);
                var_34 = var_34 || var_37;
            }
            if (var_34) {
                // continue                                                                       <L 84>
                goto start_for_2;
            }
            // if wp.static(smoothing == SmoothingKernel.SPIKY):                                  <L 85>
            // grad_w = spiky_grad(r, d, kernel_radius)                                           <L 86>
            var_39 = spiky_grad_0(var_31, var_33, var_kernel_radius);
            // rho_j = particle_rho[j]                                                            <L 91>
            var_40 = wp::address(var_particle_rho, var_29);
            var_42 = wp::load(var_40);
            var_41 = wp::copy(var_42);
            // fluid_j = fluid_phases[particle_phase[j]]                                          <L 92>
            var_43 = wp::address(var_particle_phase, var_29);
            var_44 = wp::load(var_43);
            var_45 = wp::address(var_fluid_phases, var_44);
            var_47 = wp::load(var_45);
            var_46 = wp::copy(var_47);
            // m_j = fluid_j[3]                                                                   <L 93>
            var_49 = wp::extract(var_46, var_48);
            // p_j = phase_pressure(rho_j, fluid_j)                                               <L 94>
            var_50 = phase_pressure_0(var_41, var_46);
            // f -= grad_w * (m_i * m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                    <L 95>
            var_51 = wp::mul(var_26, var_49);
            var_52 = wp::add(var_24, var_50);
            var_53 = wp::mul(var_51, var_52);
            var_55 = wp::mul(var_54, var_17);
            var_56 = wp::mul(var_55, var_41);
            var_57 = wp::div(var_53, var_56);
            var_58 = wp::mul(var_39, var_57);
            var_59 = wp::sub(var_27, var_58);
            // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 96>
            var_62 = wp::extract(var_22, var_61);
            var_64 = wp::extract(var_46, var_63);
            var_65 = wp::add(var_62, var_64);
            var_66 = wp::mul(var_60, var_65);
            // f += (particle_v[j] - v_i) * (m_i * 2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / d)       <L 97>
            var_67 = wp::address(var_particle_v, var_29);
            var_69 = wp::load(var_67);
            var_68 = wp::sub(var_69, var_14);
            var_71 = wp::mul(var_26, var_70);
            var_72 = wp::mul(var_71, var_66);
            var_73 = wp::mul(var_72, var_49);
            var_74 = wp::mul(var_17, var_41);
            var_75 = wp::div(var_73, var_74);
            var_76 = wp::length(var_39);
            var_77 = wp::mul(var_75, var_76);
            var_78 = wp::div(var_77, var_33);
            var_79 = wp::mul(var_68, var_78);
            var_80 = wp::add(var_59, var_79);
            // f -= r * (m_i * m_j * cohesion * (kernel_radius - d) / d)                          <L 98>
            var_81 = wp::mul(var_26, var_49);
            var_82 = wp::mul(var_81, var_cohesion);
            var_83 = wp::sub(var_kernel_radius, var_33);
            var_84 = wp::mul(var_82, var_83);
            var_85 = wp::div(var_84, var_33);
            var_86 = wp::mul(var_31, var_85);
            var_87 = wp::sub(var_80, var_86);
            wp::assign(var_27, var_87);
            wp::adj_assign(var_27, var_87, adj_27, adj_87);
            wp::adj_sub(var_80, var_86, adj_80, adj_86, adj_87);
            wp::adj_mul(var_31, var_85, adj_31, adj_85, adj_86);
            wp::adj_div(var_84, var_33, var_85, adj_84, adj_33, adj_85);
            wp::adj_mul(var_82, var_83, adj_82, adj_83, adj_84);
            wp::adj_sub(var_kernel_radius, var_33, adj_kernel_radius, adj_33, adj_83);
            wp::adj_mul(var_81, var_cohesion, adj_81, adj_cohesion, adj_82);
            wp::adj_mul(var_26, var_49, adj_26, adj_49, adj_81);
            // adj: f -= r * (m_i * m_j * cohesion * (kernel_radius - d) / d)                     <L 98>
            wp::adj_add(var_59, var_79, adj_59, adj_79, adj_80);
            wp::adj_mul(var_68, var_78, adj_68, adj_78, adj_79);
            wp::adj_div(var_77, var_33, var_78, adj_77, adj_33, adj_78);
            wp::adj_mul(var_75, var_76, adj_75, adj_76, adj_77);
            wp::adj_length(var_39, var_76, adj_39, adj_76);
            wp::adj_div(var_73, var_74, var_75, adj_73, adj_74, adj_75);
            wp::adj_mul(var_17, var_41, adj_17, adj_41, adj_74);
            wp::adj_mul(var_72, var_49, adj_72, adj_49, adj_73);
            wp::adj_mul(var_71, var_66, adj_71, adj_66, adj_72);
            wp::adj_mul(var_26, var_70, adj_26, adj_70, adj_71);
            wp::adj_sub(var_69, var_14, adj_67, adj_14, adj_68);
            wp::adj_address(var_particle_v, var_29, adj_particle_v, adj_29, adj_67);
            // adj: f += (particle_v[j] - v_i) * (m_i * 2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / d)  <L 97>
            wp::adj_mul(var_60, var_65, adj_60, adj_65, adj_66);
            wp::adj_add(var_62, var_64, adj_62, adj_64, adj_65);
            wp::adj_extract(var_46, var_63, adj_46, adj_63, adj_64);
            wp::adj_extract(var_22, var_61, adj_22, adj_61, adj_62);
            // adj: mu = 0.5 * (fluid_i[2] + fluid_j[2])                                          <L 96>
            wp::adj_sub(var_27, var_58, adj_27, adj_58, adj_59);
            wp::adj_mul(var_39, var_57, adj_39, adj_57, adj_58);
            wp::adj_div(var_53, var_56, var_57, adj_53, adj_56, adj_57);
            wp::adj_mul(var_55, var_41, adj_55, adj_41, adj_56);
            wp::adj_mul(var_54, var_17, adj_54, adj_17, adj_55);
            wp::adj_mul(var_51, var_52, adj_51, adj_52, adj_53);
            wp::adj_add(var_24, var_50, adj_24, adj_50, adj_52);
            wp::adj_mul(var_26, var_49, adj_26, adj_49, adj_51);
            // adj: f -= grad_w * (m_i * m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))               <L 95>
            adj_phase_pressure_0(var_41, var_46, adj_41, adj_46, adj_50);
            // adj: p_j = phase_pressure(rho_j, fluid_j)                                          <L 94>
            wp::adj_extract(var_46, var_48, adj_46, adj_48, adj_49);
            // adj: m_j = fluid_j[3]                                                              <L 93>
            wp::adj_copy(var_47, adj_45, adj_46);
            wp::adj_address(var_fluid_phases, var_44, adj_fluid_phases, adj_44, adj_45);
            wp::adj_address(var_particle_phase, var_29, adj_particle_phase, adj_29, adj_43);
            // adj: fluid_j = fluid_phases[particle_phase[j]]                                     <L 92>
            wp::adj_copy(var_42, adj_40, adj_41);
            wp::adj_address(var_particle_rho, var_29, adj_particle_rho, adj_29, adj_40);
            // adj: rho_j = particle_rho[j]                                                       <L 91>
            adj_spiky_grad_0(var_31, var_33, var_kernel_radius, adj_31, adj_33, adj_kernel_radius, adj_39);
            // adj: grad_w = spiky_grad(r, d, kernel_radius)                                      <L 86>
            // adj: if wp.static(smoothing == SmoothingKernel.SPIKY):                             <L 85>
            if (var_34) {
                // adj: continue                                                                  <L 84>
            }
            if (!var_34) {
            }
            // adj: if d >= kernel_radius or d == 0.0:                                            <L 83>
            wp::adj_length(var_31, var_33, adj_31, adj_33);
            // adj: d = wp.length(r)                                                              <L 82>
            wp::adj_sub(var_11, var_32, adj_11, adj_30, adj_31);
            wp::adj_address(var_particle_x, var_29, adj_particle_x, adj_29, adj_30);
            // adj: r = x_i - particle_x[j]                                                       <L 81>
        	goto start_for_2;
        end_for_2:;
        // adj: for j in wp.hash_grid_query(grid, x_i, kernel_radius):                            <L 80>
        // adj: f = wp.vec3()                                                                     <L 79>
        wp::adj_extract(var_22, var_25, adj_22, adj_25, adj_26);
        // adj: m_i = fluid_i[3]                                                                  <L 78>
        adj_phase_pressure_0(var_17, var_22, adj_17, adj_22, adj_24);
        // adj: p_i = phase_pressure(rho_i, fluid_i)                                              <L 77>
        wp::adj_copy(var_23, adj_21, adj_22);
        wp::adj_address(var_fluid_phases, var_20, adj_fluid_phases, adj_20, adj_21);
        wp::adj_address(var_particle_phase, var_1, adj_particle_phase, adj_1, adj_19);
        // adj: fluid_i = fluid_phases[particle_phase[i]]                                         <L 76>
        wp::adj_copy(var_18, adj_16, adj_17);
        wp::adj_address(var_particle_rho, var_1, adj_particle_rho, adj_1, adj_16);
        // adj: rho_i = particle_rho[i]                                                           <L 75>
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_particle_v, var_1, adj_particle_v, adj_1, adj_13);
        // adj: v_i = particle_v[i]                                                               <L 74>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_10);
        // adj: x_i = particle_x[i]                                                               <L 73>
        if (var_9) {
            label1:;
            // adj: return                                                                        <L 72>
        }
        wp::adj_address(var_particle_flags, var_1, adj_particle_flags, adj_1, adj_4);
        // adj: if (particle_flags[i] & PARTICLE_ACTIVE) == 0:                                    <L 71>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 70>
        }
        // adj: if i == -1:                                                                       <L 69>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 68>
        // adj: tid = wp.tid()                                                                    <L 67>
        // adj: def sph_accelerations(                                                            <L 55>
        continue;
    }
}

